package vn.valuechain.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The splitting and matching rules on a small vocabulary; AgencyResolutionTest runs the whole Bến Tre plan. */
class AgencyCellParserTest {

    static final long SO_NN = 1;
    static final long HOI_ND = 2;
    static final long LIEN_MINH = 3;
    static final long PROGRAMMES = 4;
    static final long SHARED_A = 5;
    static final long SHARED_B = 6;
    static final long CHO_LACH = 10;
    static final long BINH_DAI = 11;
    static final long CITY = 12;
    static final long CHAU_THANH = 13;

    final AgencyVocabulary vocabulary = new AgencyVocabulary()
            .agency(SO_NN, List.of("Sở Nông nghiệp và Phát triển nông thôn", "Sở nghiệp và PTNT"))
            .agency(HOI_ND, List.of("Hội Nông dân tỉnh Bến Tre", "Hội Nông dân"))
            .agency(LIEN_MINH, List.of("Liên minh HTX"))
            .agency(PROGRAMMES, List.of("Các chương trình, dự án"))
            .agency(SHARED_A, List.of("Ban quản lý dự án"))
            .agency(SHARED_B, List.of("Ban Quản lý Dự án"))
            .district(CHO_LACH, "Huyện Chợ Lách")
            .district(BINH_DAI, "Huyện Bình Đại")
            .district(CITY, "Thành phố Bến Tre")
            .district(CHAU_THANH, "Huyện Châu Thành");

    List<AgencyPhrase> parse(String cell) {
        return new AgencyCellParser(vocabulary).parse(cell);
    }

    @Test
    void namesMatchWhateverTheAccentsCaseAmpersandOrAbbreviations() {
        for (String written : List.of(
                "Sở Nông nghiệp và PTNT",
                "Sở NN&PTNT",
                "Sở Nông Nghiệp & PTNT",
                "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
                "so nong nghiep va ptnt",
                "Sở nghiệp và PTNT")) {
            assertThat(parse(written)).as(written).containsExactly(AgencyPhrase.agency(written, SO_NN));
        }
    }

    @Test
    void commasStopsBulletsAndAMissingSeparatorAllSplit() {
        assertThat(parse("- Sở NN&PTNT. - Hội Nông dân tỉnh; Liên minh các HTX, Hội Nông dân Liên minh HTX"))
                .containsExactly(
                        AgencyPhrase.agency("Sở NN&PTNT", SO_NN),
                        AgencyPhrase.agency("Hội Nông dân tỉnh", HOI_ND),
                        AgencyPhrase.agency("Liên minh các HTX", LIEN_MINH),
                        AgencyPhrase.agency("Hội Nông dân", HOI_ND),
                        AgencyPhrase.agency("Liên minh HTX", LIEN_MINH));
    }

    @Test
    void aNameWithACommaAndItsParenthesisStayWhole() {
        assertThat(parse("các chương trình, dự án (AMD, Cabon thấp, JICA, ...) và Hội Nông dân"))
                .containsExactly(
                        AgencyPhrase.agency("các chương trình, dự án (AMD, Cabon thấp, JICA, ...)", PROGRAMMES),
                        AgencyPhrase.agency("Hội Nông dân", HOI_ND));
    }

    @Test
    void groupPhrasesResolveToTheUnitsTheyName() {
        assertThat(parse("UBND các huyện: Chợ Lách, Bình Đại"))
                .containsExactly(AgencyPhrase.units("UBND các huyện: Chợ Lách, Bình Đại", List.of(CHO_LACH, BINH_DAI)));
        assertThat(parse("UBND các huyện và thành phố"))
                .containsExactly(AgencyPhrase.units(
                        "UBND các huyện và thành phố", List.of(CHO_LACH, BINH_DAI, CHAU_THANH, CITY)));
        assertThat(parse("UBND các huyện"))
                .containsExactly(AgencyPhrase.units("UBND các huyện", List.of(CHO_LACH, BINH_DAI, CHAU_THANH)));
        assertThat(parse("Ủy ban nhân dân huyện Cho Lach"))
                .containsExactly(AgencyPhrase.units("Ủy ban nhân dân huyện Cho Lach", List.of(CHO_LACH)));
        assertThat(parse("UBND thành phố Bến Tre"))
                .containsExactly(AgencyPhrase.units("UBND thành phố Bến Tre", List.of(CITY)));
    }

    @Test
    void aGroupEndsWhereItsListOfDistrictsEnds() {
        assertThat(parse("Sở NN&PTNT, Ủy ban nhân dân các huyện Bình Đại, Chợ Lách và Liên Minh HTX Tỉnh."))
                .containsExactly(
                        AgencyPhrase.agency("Sở NN&PTNT", SO_NN),
                        AgencyPhrase.units("Ủy ban nhân dân các huyện Bình Đại, Chợ Lách", List.of(BINH_DAI, CHO_LACH)),
                        AgencyPhrase.agency("Liên Minh HTX Tỉnh", LIEN_MINH));
        assertThat(parse("Hội Nông dân tỉnh UBND các huyện Châu Thành, Chợ Lách và UBND các xã trực thuộc, Sở NN&PTNT"))
                .containsExactly(
                        AgencyPhrase.agency("Hội Nông dân tỉnh", HOI_ND),
                        AgencyPhrase.units(
                                "UBND các huyện Châu Thành, Chợ Lách và UBND các xã trực thuộc",
                                List.of(CHAU_THANH, CHO_LACH)),
                        AgencyPhrase.agency("Sở NN&PTNT", SO_NN));
    }

    @Test
    void whatMatchesNothingIsKeptAsWrittenAndFlagged() {
        assertThat(parse("Sở NN&PTNT, Cty Betrimex, Các doanh nghiệp trong và ngoài tỉnh"))
                .containsExactly(
                        AgencyPhrase.agency("Sở NN&PTNT", SO_NN),
                        AgencyPhrase.unresolved("Cty Betrimex"),
                        AgencyPhrase.unresolved("Các doanh nghiệp trong và ngoài tỉnh"));
    }

    @Test
    void aNameTwoAgenciesShareIsFlaggedNotGuessed() {
        assertThat(parse("Ban quản lý dự án")).containsExactly(AgencyPhrase.unresolved("Ban quản lý dự án"));
    }

    @Test
    void withoutTheProvincesDistrictsAGroupIsFlagged() {
        assertThat(new AgencyCellParser(new AgencyVocabulary()).parse("UBND các huyện và thành phố"))
                .containsExactly(AgencyPhrase.unresolved("UBND các huyện và thành phố"));
    }

    @Test
    void anUnknownDistrictEndsTheGroupAndIsFlagged() {
        assertThat(parse("UBND các huyện Chợ Lách, Cái Bè"))
                .containsExactly(
                        AgencyPhrase.units("UBND các huyện Chợ Lách", List.of(CHO_LACH)),
                        AgencyPhrase.unresolved("Cái Bè"));
    }

    @Test
    void anEmptyCellNamesNoOne() {
        assertThat(parse("")).isEmpty();
        assertThat(parse(null)).isEmpty();
        assertThat(parse(" - ")).isEmpty();
    }
}
