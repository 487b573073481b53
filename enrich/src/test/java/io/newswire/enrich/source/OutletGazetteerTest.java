package io.newswire.enrich.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletGazetteerTest {

    private final OutletGazetteer g = OutletGazetteer.defaults();

    @Test
    void shipsAtLeast150OutletsWithKindsAndCountries() {
        assertThat(g.size()).isGreaterThanOrEqualTo(150);
        assertThat(g.outlets()).allSatisfy(o -> assertThat(o.kind()).isNotBlank());
        assertThat(g.outlets().stream().filter(o -> "STATE_MEDIA".equals(o.kind())).map(Outlet::name))
                .contains("TASS", "RIA Novosti", "Korean Central News Agency", "Xinhua News Agency", "RT");
    }

    @Test
    void byDomainStripsWwwAndWalksUpSubdomains() {
        assertThat(g.byDomain("https://www.scmp.com/news/asia/article/1")).map(Outlet::name).contains("South China Morning Post");
        assertThat(g.byDomain("en.yna.co.kr")).map(Outlet::name).contains("Yonhap News Agency");
        assertThat(g.byDomain("news.example.org")).isEmpty();
    }

    @Test
    void hostDropsSchemePathPortAndMobileOrWwwPrefix() {
        assertThat(OutletGazetteer.host("HTTPS://WWW2.Example.com:443/x")).isEqualTo("example.com");
        assertThat(OutletGazetteer.host(" m.bbc.co.uk/news ")).isEqualTo("bbc.co.uk");
        assertThat(OutletGazetteer.host("mobile.reuters.com?x")).isEqualTo("reuters.com");
        assertThat(OutletGazetteer.host("www.com")).isNull();
        assertThat(OutletGazetteer.host("localhost")).isNull();
    }

    @Test
    void hostMatchesTheRegularExpressionsItReplacesOnRandomText() {
        Pattern scheme = Pattern.compile("^[a-z][a-z0-9+.-]*://");
        Pattern mobileOrWww = Pattern.compile("^(www\\d?|m|amp|edition|mobile)\\.");
        Random random = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            String url = RandomText.of(random, 6);
            String h = scheme.matcher(url.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
            int cut = h.length();
            for (char c : "/?#: ".toCharArray()) {
                int at = h.indexOf(c);
                cut = at >= 0 ? Math.min(cut, at) : cut;
            }
            h = mobileOrWww.matcher(h.substring(0, cut)).replaceFirst("");
            assertThat(OutletGazetteer.host(url)).as("[%s]", url).isEqualTo(h.isEmpty() || !h.contains(".") ? null : h);
        }
    }

    @Test
    void byNameKnowsAliasesInAnyScript() {
        assertThat(g.byName("ITAR-TASS")).map(Outlet::name).contains("TASS");
        assertThat(g.byName("ТАСС")).map(Outlet::name).contains("TASS");
        assertThat(g.byName("연합뉴스")).map(Outlet::name).contains("Yonhap News Agency");
        assertThat(g.byName("DER SPIEGEL")).map(Outlet::name).contains("Der Spiegel");
        assertThat(g.byName("Le Monde.fr")).map(Outlet::name).contains("Le Monde");
    }

    @Test
    void shortAliasesMatchOnlyInTheirCaseAndCommonWordsNeedACapital() {
        assertThat(g.find("said the AP and Tass")).extracting(m -> m.outlet().name()).containsExactly("Associated Press", "TASS");
        assertThat(g.find("an ap of the tass")).isEmpty();
        assertThat(g.find("a mirror on the wall")).isEmpty();
        assertThat(g.find("-- Mirror")).extracting(m -> m.outlet().name()).containsExactly("Daily Mirror");
    }

    @Test
    void wordsWithALowerCaseInitialMatchOnlyAliasesWrittenSo() {
        assertThat(g.find("the taz, dpa's report and franceinfo's teleSUR derstandard")).extracting(OutletMention::surface)
                .containsExactly("taz", "dpa", "franceinfo", "teleSUR", "derstandard");
        assertThat(g.find("the guardian and the times of telesur's n-tv, ntv.de and die tageszeitung"))
                .extracting(OutletMention::surface).containsExactly("telesur", "n-tv", "ntv.de", "die tageszeitung");
        assertThat(g.find("tåz tāz dpä the’s")).isEmpty();
    }

    @Test
    void aFirstWordSharedByAliasesInBothCasesFindsEachOnlyAsWritten() {
        assertThat(g.find("die welt, die zeit and der standard")).isEmpty();
        assertThat(g.find("die tageszeitung, Die Welt, DIE TAGESZEITUNG and Die Zeit's")).extracting(OutletMention::surface)
                .containsExactly("die tageszeitung", "Die Welt", "DIE TAGESZEITUNG", "Die Zeit");
        assertThat(g.find("derStandard and DerStandard")).extracting(m -> m.outlet().name())
                .containsExactly("Der Standard", "Der Standard");
    }

    @Test
    void findsPossessivesDomainsUrlsAndUnspacedScripts() {
        assertThat(g.find("Reuters's report")).extracting(OutletMention::surface).containsExactly("Reuters");
        assertThat(g.find("Image by Kremlin.ru")).extracting(m -> m.outlet().name()).containsExactly("Kremlin.ru");
        assertThat(g.find("Full story at https://www.scmp.com/news/x")).extracting(m -> m.outlet().name()).containsExactly("South China Morning Post");
        assertThat(g.find("据塔斯社报道")).extracting(m -> m.outlet().name()).containsExactly("TASS");
    }

    @Test
    void userFileExtendsAndOverrides(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("outlets.tsv");
        Files.writeString(file, "Tsarizm Weekly\tTsarizm W\ttsarizm-weekly.example\tUS\tBLOG\nTASS\tTASS\ttass.com\tRU\tWIRE\n");
        OutletGazetteer custom = OutletGazetteer.load(file);
        assertThat(custom.size()).isEqualTo(g.size() + 1);
        assertThat(custom.byDomain("tsarizm-weekly.example")).map(Outlet::kind).contains("BLOG");
        assertThat(custom.byName("TASS")).map(Outlet::kind).contains("WIRE");
    }
}
