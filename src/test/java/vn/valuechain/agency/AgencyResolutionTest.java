package vn.valuechain.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.agency.AgencyResolver.ResolvedAgency;
import vn.valuechain.plan.BenTreFramework;
import vn.valuechain.plan.BenTreUnits;
import vn.valuechain.shared.domain.Folding;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestData.Province;

/** Every lead, coordinating and supporting cell of the Bến Tre framework, against the agencies of V21 and Bến Tre's districts. */
@Transactional
class AgencyResolutionTest extends IntegrationTest {

    @Autowired
    AgencyResolver resolver;

    @Autowired
    TestData data;

    AgencyResolver.Reader reader;

    @BeforeEach
    void setUp() {
        Province p = data.province();
        BenTreUnits.districts(data, p);
        reader = resolver.reader(p.benTre().getId(), LocalDate.of(2018, 6, 15));
    }

    @Test
    void everyAgencyStringOfTheBenTrePlanResolvesOrIsFlagged() {
        Map<String, String> actual = new TreeMap<>();
        for (BenTreFramework item : BenTreFramework.items()) {
            for (String cell : List.of(item.lead(), item.coordinating(), item.supporting())) {
                List<ResolvedAgency> resolved = reader.read(cell);
                assertNothingDropped(cell, resolved);
                describe(resolved).forEach((written, meaning) -> {
                    String before = actual.put(written, meaning);
                    assertThat(before == null || before.equals(meaning))
                            .as("\"%s\" read as %s and as %s", written, before, meaning)
                            .isTrue();
                });
            }
        }
        Map<String, String> expected = new TreeMap<>();
        for (String line : BenTreFramework.lines("/plan/agency-phrases-expected.tsv")) {
            String[] f = line.split("\t");
            expected.put(f[0], f[1]);
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theIssuesExamples() {
        assertThat(describe(reader.read("Sở Nông Nghiệp & PTNT, Sở NN&PTNT, Sở nghiệp và PTNT")))
                .containsExactly(
                        Map.entry("Sở Nông Nghiệp & PTNT", "Sở NN&PTNT"),
                        Map.entry("Sở NN&PTNT", "Sở NN&PTNT"),
                        Map.entry("Sở nghiệp và PTNT", "Sở NN&PTNT"));
        assertThat(describe(reader.read("UBND các huyện: Chợ Lách, Bình Đại")))
                .containsExactly(Map.entry("UBND các huyện: Chợ Lách, Bình Đại", "Huyện Chợ Lách + Huyện Bình Đại"));
        assertThat(reader.read("UBND các huyện và thành phố")).hasSize(9);
        assertThat(describe(reader.read("Sở Giao thông vận tải")))
                .containsExactly(Map.entry("Sở Giao thông vận tải", "⚠"));
    }

    /** Written phrase → the agency's label, the units' names joined by " + ", or ⚠ when flagged. */
    static Map<String, String> describe(List<ResolvedAgency> resolved) {
        Map<String, List<String>> meanings = new LinkedHashMap<>();
        for (ResolvedAgency r : resolved) {
            String meaning = r.needsReview() ? "⚠" : r.unitName() != null ? r.unitName() : r.agencyLabel();
            meanings.computeIfAbsent(r.writtenAs(), k -> new ArrayList<>()).add(meaning);
        }
        Map<String, String> described = new LinkedHashMap<>();
        meanings.forEach((written, list) -> described.put(written, String.join(" + ", list)));
        return described;
    }

    /** Nothing of the cell is lost: once every phrase is taken out, only punctuation and "và" remain. */
    static void assertNothingDropped(String cell, List<ResolvedAgency> resolved) {
        String rest = cell;
        for (String written :
                resolved.stream().map(ResolvedAgency::writtenAs).distinct().toList()) {
            assertThat(rest).as("in \"%s\"", cell).contains(written);
            rest = rest.replaceFirst(java.util.regex.Pattern.quote(written), Matcher.quoteReplacement(" "));
        }
        assertThat(Folding.fold(rest).replaceAll("\\bva\\b", "").replaceAll("[\\s,.;:&\\-]", ""))
                .as("left of \"%s\"", cell)
                .isEmpty();
    }

    static String lines(Map<String, String> m) {
        return m.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n"));
    }
}
