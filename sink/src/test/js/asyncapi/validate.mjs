// Validates an AsyncAPI document with the official parser and prints every diagnostic, one per line.
//   node validate.mjs ASYNCAPI_FILE [AVRO_IMPORT.avsc ...]
// The parser checks Avro payloads only in AsyncAPI 2 documents, so this script also compiles every Avro payload
// with avsc. Named types a payload refers to but does not define (e.g. StanceLabel) come from the AVRO_IMPORT files,
// as the Avro Maven plugin's <imports> provide them when the schemas artifact is built.
// Exit code: 0 when no diagnostic has severity error, 1 otherwise, 2 on usage errors.
import { readFileSync } from 'node:fs';
import avro from 'avsc';
import { Parser, fromFile, DiagnosticSeverity } from '@asyncapi/parser';
import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';

const [file, ...imports] = process.argv.slice(2);
if (!file) {
  console.error('usage: node validate.mjs ASYNCAPI_FILE [AVRO_IMPORT.avsc ...]');
  process.exit(2);
}

const parser = new Parser({ schemaParsers: [AvroSchemaParser()] });
const { document, diagnostics } = await fromFile(parser, file).parse();
const problems = diagnostics.map((d) => ({
  severity: d.severity, code: d.code, path: (d.path ?? []).join('.'), message: d.message,
}));

if (document) {
  for (const message of document.allMessages()) {
    const payload = message.json().payload;
    if (!payload?.schemaFormat?.startsWith('application/vnd.apache.avro')) {
      continue;
    }
    try {
      const registry = {};
      imports.forEach((avsc) => avro.Type.forSchema(JSON.parse(readFileSync(avsc, 'utf8')), { registry }));
      avro.Type.forSchema(payload['x-parser-original-payload'] ?? payload.schema, { registry });
    } catch (e) {
      problems.push({ severity: DiagnosticSeverity.Error, code: 'avro-schema', path: `messages.${message.id()}.payload`,
        message: e.message });
    }
  }
}

const names = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint' };
problems.forEach((p) => console.log(`${names[p.severity] ?? p.severity} ${p.code} at ${p.path}: ${p.message}`));
const errors = problems.filter((p) => p.severity === DiagnosticSeverity.Error).length;
if (errors > 0 || !document) {
  console.log(`invalid: ${errors} error(s)`);
  process.exit(1);
}
console.log(`valid: ${document.channels().length} channels, ${document.allMessages().length} messages, ${document.operations().length} operations`);
