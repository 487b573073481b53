package io.newswire.enrich.eval;

import static io.newswire.enrich.eval.PyText.dom;
import static io.newswire.enrich.eval.PyText.f2;
import static io.newswire.enrich.eval.PyText.norm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores enrichment output against gold labels exactly as the reference scorer {@code shared/eval/score.py}
 * does: same aliases and normalisation, same metrics, same printed lines. Outputs are read as plain JSON (one
 * object per article) so that any producer of the {@code explain --json} shape can be scored.
 */
public final class Scorer {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> FALLBACK_METHODS = Set.of("FILE_MODIFIED", "INGESTED", "FILE_MTIME", "INGEST_TIME", "NONE", "");
    private static final Map<String, Double> WORD_CONFIDENCE = Map.of("HIGH", 0.9, "MEDIUM", 0.6, "LOW", 0.2);

    private Scorer() {
    }

    /** Outputs keyed by file name, as score.py reads a JSONL file: lines not starting with '{' are skipped. */
    public static Map<String, JsonNode> readOutputs(String jsonl) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String raw : jsonl.split("\n")) {
            String line = PyText.strip(raw);
            if (!line.startsWith("{")) {
                continue;
            }
            JsonNode o;
            try {
                o = MAPPER.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + line, e);
            }
            JsonNode fn = get(o, "fileName", "raw.fileName", "source.fileName", "file");
            if (truthy(fn)) {
                String[] parts = str(fn).split("/", -1);
                out.put(parts[parts.length - 1], o);
            }
        }
        return out;
    }

    public static ScoreReport score(List<Label> labels, Map<String, JsonNode> outputs, boolean verbose) {
        int langRight = 0;
        int pubRight = 0;
        int pubTotal = 0;
        int restraintRight = 0;
        int restraintTotal = 0;
        int dateRight = 0;
        int dateTotal = 0;
        int dateRestraintRight = 0;
        int dateRestraintTotal = 0;
        int hiConfWrong = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int[] favor = new int[3];
        int[] against = new int[3];
        int stanceRight = 0;
        int stanceTotal = 0;
        List<String> missing = new ArrayList<>();
        List<String> lines = new ArrayList<>();

        for (Label lab : labels) {
            String file = lab.file();
            JsonNode o = outputs.get(file);
            boolean absent = o == null;
            if (absent) {
                missing.add(file);
                o = MAPPER.createObjectNode();
            }
            // language
            JsonNode lang = get(o, "language");
            String got = truthy(lang) ? str(lang).toLowerCase(Locale.ROOT) : "";
            if ((got.length() > 2 ? got.substring(0, 2) : got).equals(lab.language())) {
                langRight++;
            }
            // publisher
            JsonNode op = get(o, "publisher");
            boolean opDict = op != null && op.isObject();
            String oname = opDict ? norm(text(get(op, "name"))) : norm(op == null ? null : str(op));
            String odom = opDict ? dom(text(get(op, "domain"))) : null;
            double opc = opDict ? conf(get(op, "confidence")) : (truthy(op) ? 1.0 : 0.0);
            if (lab.publisherKnown()) {
                pubTotal++;
                String gdom = dom(lab.publisherDomain());
                boolean ok = notEmpty(oname) && oname.equals(norm(lab.publisherName()))
                        || notEmpty(odom) && notEmpty(lab.publisherDomain()) && (odom.equals(gdom) || odom.endsWith("." + gdom));
                pubRight += ok ? 1 : 0;
                if (verbose && !ok) {
                    lines.add("  publisher " + file + ": gold=" + PyText.str(lab.publisherName()) + " got=" + PyText.str(oname) + "/" + PyText.str(odom));
                }
            } else {
                restraintTotal++;
                boolean ok = !absent && ((!notEmpty(oname) && !notEmpty(odom)) || opc < 0.5);
                restraintRight += ok ? 1 : 0;
                if (verbose && !ok) {
                    lines.add("  publisher " + file + ": gold=unknown got=" + PyText.str(oname) + " conf=" + PyText.repr(opc));
                }
            }
            // cited sources, publisher excluded on both sides
            Set<String> gold = new HashSet<>();
            lab.citedSources().forEach(c -> gold.add(norm(c)));
            gold.remove(norm(lab.publisherName()));
            Set<String> out = new HashSet<>();
            JsonNode cited = get(o, "citedSources");
            if (cited != null && cited.isArray()) {
                for (JsonNode c : cited) {
                    String n = norm(c.isObject() ? text(get(c, "name")) : text(c));
                    if (notEmpty(n)) {
                        out.add(n);
                    }
                }
            }
            out.remove(oname);
            Set<String> both = new HashSet<>(gold);
            both.retainAll(out);
            Set<String> extra = new HashSet<>(out);
            extra.removeAll(gold);
            Set<String> lacking = new HashSet<>(gold);
            lacking.removeAll(out);
            tp += both.size();
            fp += extra.size();
            fn += lacking.size();
            if (verbose && !gold.equals(out)) {
                lines.add("  cited " + file + ": missing=" + PyText.repr(sorted(lacking)) + " extra=" + PyText.repr(sorted(extra)));
            }
            // date
            JsonNode odNode = get(o, "published.date", "published.value", "publishedDate", "published");
            String od = odNode == null || odNode.isObject() || !truthy(odNode) ? null : first10(str(odNode));
            double dconf = conf(get(o, "published.confidence"));
            JsonNode methodNode = get(o, "published.method");
            String method = truthy(methodNode) ? str(methodNode).toUpperCase(Locale.ROOT) : "";
            boolean fallback = FALLBACK_METHODS.contains(method);
            if (lab.published() != null) {
                dateTotal++;
                List<String> win = lab.window();
                boolean ok = od != null && win.get(0).compareTo(od) <= 0 && od.compareTo(win.get(1)) <= 0 && !fallback;
                dateRight += ok ? 1 : 0;
                if (!ok && od != null && dconf >= 0.7 && !fallback) {
                    hiConfWrong++;
                }
                if (verbose && !ok) {
                    lines.add("  date " + file + ": gold=" + lab.published() + " got=" + PyText.str(od) + " conf=" + PyText.repr(dconf) + " method=" + method);
                }
            } else {
                dateRestraintTotal++;
                boolean ok = !absent && (od == null || fallback || dconf < 0.5);
                dateRestraintRight += ok ? 1 : 0;
                if (!ok && dconf >= 0.7) {
                    hiConfWrong++;
                }
                if (verbose && !ok) {
                    lines.add("  date " + file + ": gold=unknown got=" + PyText.str(od) + " conf=" + PyText.repr(dconf) + " method=" + method);
                }
            }
            // stance
            Map<String, String> pred = new HashMap<>();
            JsonNode stance = get(o, "stance");
            if (stance != null && stance.isArray()) {
                for (JsonNode s : stance) {
                    if (s.isObject() && truthy(s.get("target"))) {
                        JsonNode label = s.get("label");
                        pred.put(str(s.get("target")).toLowerCase(Locale.ROOT), (label == null ? "NEUTRAL" : str(label)).toUpperCase(Locale.ROOT));
                    }
                }
            }
            for (Map.Entry<String, String> e : lab.stance().entrySet()) {
                String p = pred.getOrDefault(e.getKey().toLowerCase(Locale.ROOT), "NEUTRAL");
                String g = e.getValue();
                stanceTotal++;
                stanceRight += p.equals(g) ? 1 : 0;
                count(favor, "FAVOR", p, g);
                count(against, "AGAINST", p, g);
                if (verbose && !p.equals(g)) {
                    lines.add("  stance " + file + " " + e.getKey() + ": gold=" + g + " got=" + p);
                }
            }
        }
        double citedF1 = f1(tp, fp, fn);
        double favorF1 = f1(favor[0], favor[1], favor[2]);
        double againstF1 = f1(against[0], against[1], against[2]);
        double fAvg = (favorF1 + againstF1) / 2;
        double stanceAcc = stanceTotal == 0 ? 0.0 : (double) stanceRight / stanceTotal;
        int langTotal = labels.size();
        lines.add("files scored: " + labels.size() + ", missing from output: " + missing.size() + " " + PyText.repr(missing.subList(0, Math.min(10, missing.size()))));
        lines.add("language accuracy: " + langRight + "/" + langTotal);
        lines.add("publisher accuracy (determinable): " + pubRight + "/" + pubTotal);
        lines.add("publisher restraint (undeterminable -> none or low confidence): " + restraintRight + "/" + restraintTotal);
        lines.add("cited sources: P=" + f2(tp + fp == 0 ? 0 : (double) tp / (tp + fp)) + " R=" + f2(tp + fn == 0 ? 0 : (double) tp / (tp + fn))
                + " F1=" + f2(citedF1));
        lines.add("date exact (determinable): " + dateRight + "/" + dateTotal);
        lines.add("date restraint (undeterminable -> fallback or low confidence): " + dateRestraintRight + "/" + dateRestraintTotal);
        lines.add("high-confidence wrong dates: " + hiConfWrong);
        lines.add("stance 3-class accuracy: " + stanceRight + "/" + stanceTotal + "; F_avg(FAVOR,AGAINST)=" + f2(fAvg)
                + " (FAVOR F1=" + f2(favorF1) + ", AGAINST F1=" + f2(againstF1) + ")");
        lines.add("SCORE date=" + f2(ScoreReport.ratio(dateRight, dateTotal)) + " date_restraint=" + f2(ScoreReport.ratio(dateRestraintRight, dateRestraintTotal))
                + " publisher=" + f2(ScoreReport.ratio(pubRight, pubTotal)) + " pub_restraint=" + f2(ScoreReport.ratio(restraintRight, restraintTotal))
                + " cited_f1=" + f2(citedF1) + " stance_f=" + f2(fAvg) + " stance_acc=" + f2(stanceAcc)
                + " lang=" + f2(ScoreReport.ratio(langRight, langTotal)) + " missing=" + missing.size());
        return new ScoreReport(labels.size(), missing.size(), langRight, langTotal, pubRight, pubTotal, restraintRight, restraintTotal,
                tp, fp, fn, dateRight, dateTotal, dateRestraintRight, dateRestraintTotal, hiConfWrong, citedF1, fAvg, stanceAcc, lines);
    }

    private static void count(int[] counts, String cls, String p, String g) {
        if (p.equals(cls) && g.equals(cls)) {
            counts[0]++;
        } else if (p.equals(cls)) {
            counts[1]++;
        } else if (g.equals(cls)) {
            counts[2]++;
        }
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** score.py's get(): the first dotted path whose value is present and not null. */
    static JsonNode get(JsonNode o, String... paths) {
        for (String p : paths) {
            JsonNode cur = o;
            for (String k : p.split("\\.")) {
                cur = cur != null && cur.isObject() ? cur.get(k) : null;
                if (cur == null || cur.isNull()) {
                    cur = null;
                    break;
                }
            }
            if (cur != null) {
                return cur;
            }
        }
        return null;
    }

    /** score.py's conf(): a number, or HIGH/MEDIUM/LOW, else 0. */
    private static double conf(JsonNode x) {
        if (x == null) {
            return 0.0;
        }
        if (x.isNumber()) {
            return x.asDouble();
        }
        if (x.isBoolean()) {
            return x.asBoolean() ? 1.0 : 0.0;
        }
        String s = str(x);
        try {
            return Double.parseDouble(PyText.strip(s).replace("_", ""));
        } catch (NumberFormatException e) {
            return WORD_CONFIDENCE.getOrDefault(s.toUpperCase(Locale.ROOT), 0.0);
        }
    }

    /** Python truthiness of a JSON value. */
    private static boolean truthy(JsonNode v) {
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isTextual()) {
            return !v.asText().isEmpty();
        }
        if (v.isNumber()) {
            return v.asDouble() != 0.0;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        return v.size() > 0;
    }

    /** Python str() of a JSON scalar. */
    private static String str(JsonNode v) {
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "True" : "False";
        }
        if (v.isFloatingPointNumber()) {
            return PyText.repr(v.asDouble());
        }
        return v.toString();
    }

    private static String text(JsonNode v) {
        return v == null || !truthy(v) ? null : str(v);
    }

    private static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    private static String first10(String s) {
        return s.length() > 10 ? s.substring(0, 10) : s;
    }

    private static List<String> sorted(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        l.sort(null);
        return l;
    }
}
