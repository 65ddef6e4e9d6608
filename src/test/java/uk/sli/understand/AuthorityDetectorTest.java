package uk.sli.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.sli.model.Authority;

class AuthorityDetectorTest {

    private static final AuthorityDetector DETECTOR = new AuthorityDetector(Gazetteer.standard());

    @Test
    void titleOnOneLineNamesTheAuthority() {
        assertPrimary("Kent", "Inspection of Kent County Council children’s services",
                "Inspection dates: 1 to 12 May 2023", "Lead inspector: A Person, His Majesty’s Inspector");
    }

    @Test
    void councilLineAboveTheInspectionTitle() {
        assertPrimary("Barnet", "London Borough of Barnet",
                "Inspection of services for children in need of help and protection, children looked after",
                "Inspection date: 2 to 20 March 2015");
        assertPrimary("Kingston upon Hull", "Kingston upon Hull City Council",
                "Inspection of children’s social care services");
        assertPrimary("Isle of Wight", "Isle of Wight Council", "Inspection of children’s social care services");
    }

    @Test
    void titlesWrappedAcrossLines() {
        assertPrimary("Windsor and Maidenhead", "The Royal Borough of Windsor and", "Maidenhead",
                "Inspection of children’s social care services");
        assertPrimary("Bath and North East Somerset", "Inspection of Bath and North East",
                "Somerset local authority children’s", "services");
        assertPrimary("Bournemouth, Christchurch and Poole", "Inspection of Bournemouth,",
                "Christchurch and Poole local authority", "children’s services");
    }

    @Test
    void ampersandAndCommonWordNamesInTitles() {
        assertPrimary("Brighton and Hove", "Inspection of Brighton & Hove City Council children’s services");
        assertPrimary("Reading", "Reading", "Inspection of children’s social care services");
        assertPrimary("Harrow", "Harrow", "Inspection of children’s social care services");
    }

    @Test
    void titleWinsOverPartnersPredecessorsAndRunningText() {
        assertPrimary("Westmorland and Furness",
                "Inspection of Westmorland and Furness local authority children’s services",
                "Inspection dates: 1 to 12 July 2024",
                "Cumberland and Westmorland and Furness came into being on 1 April 2023. Services in the",
                "predecessor local authority, Cumbria County Council, were judged. Cumbria and Cumberland",
                "staff moved to Cumberland.");
        assertPrimary("Isle of Wight", "Isle of Wight Council", "Inspection of children’s social care services",
                "The partnership with Hampshire County Council continues. Hampshire leaders and Hampshire staff.");
    }

    @Test
    void aTrustServingTwoCouncilsDoesNotDecideAlone() {
        assertPrimary("North Northamptonshire", "Northamptonshire Children’s Trust",
                "Inspection of North Northamptonshire local authority children’s services");
        assertTrue(DETECTOR.primary(List.of("Northamptonshire Children’s Trust", "Annual report")).isEmpty());
    }

    @Test
    void withoutATitleTheMostMentionedAuthorityWins() {
        assertPrimary("Slough", "Annual report 2024", "Published: 1 May 2024",
                "Slough has improved. Reading helped, and Slough Children First thanked Slough leaders.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Reading is a key skill; children in Bury read well.                    | Bury
            Bury the past. Reading, Slough and Wokingham met.                      | Reading, Slough, Wokingham
            Reading Borough Council and Brighter Futures for Children met.         | Reading
            The Kentish coast and the Kent coast.                                  | Kent
            Derbyshire and Derby, then Derby City’s hubs.                           | Derbyshire, Derby
            North Yorkshire, York and a trip to New York.                          | North Yorkshire, York
            Bedfordshire police and Central Bedfordshire; Bedford Borough.         | Central Bedfordshire, Bedford
            County Durham, Durham and Kingston upon Hull, Hull.                    | County Durham, Kingston upon Hull
            Southampton and Northampton and Northamptonshire County Council.       | Southampton, Northamptonshire
            Sutton Coldfield is in Birmingham; Sutton is in London.                | Birmingham, Sutton
            He moved to Bury St Edmunds, not Bury.                                 | Bury
            Inspired by Clark Kent, staff in East Kent and Kent met.               | Kent
            Wigan, Halton and Rutland; Barnet and Barnet’s partners.               | Wigan, Halton, Rutland, Barnet
            Triad 2 West Sussex Kent Portsmouth                                    | West Sussex, Kent, Portsmouth
            RBWM, W&M, IoW, B&H, MK and KCC but not HCC.                           | Windsor and Maidenhead, Isle of Wight, Brighton and Hove, Milton Keynes, Kent
            Telford & Wrekin, St. Helens and Stoke on Trent.                       | Telford and Wrekin, St Helens, Stoke-on-Trent
            Newcastle-under-Lyme is not Newcastle.                                 | Newcastle upon Tyne
            Greater Manchester and Manchester.                                     | Manchester
            Achieving for Children runs services.                                  | Kingston upon Thames, Richmond upon Thames, Windsor and Maidenhead
            """)
    void mentionedFindsCouncilsAndSkipsLookAlikes(String text, String expected) {
        List<String> names = DETECTOR.mentioned(text).stream().map(Authority::name).toList();
        assertEquals(List.of(expected.split(", (?=[A-Z])")), names);
    }

    @Test
    void mentionsCarryTheirPositionAndSurface() {
        String text = "Work with Hampshire and\nIsle of Wight Council.";
        List<Mention> mentions = DETECTOR.mentions(text);
        assertEquals(2, mentions.size());
        assertEquals("Isle of Wight", mentions.get(1).surface().replace('\n', ' '));
        assertEquals(text.indexOf("Isle"), mentions.get(1).start());
    }

    @Test
    void abbreviationsTypedWithCyrillicLookAlikesAreFound() {
        String text = "Triad 3: Slough and \u041C\u041A";
        List<Mention> mentions = DETECTOR.mentions(text);
        assertEquals("Milton Keynes", mentions.get(1).authorities().get(0).name());
        assertEquals("\u041C\u041A", mentions.get(1).surface());
    }

    @Test
    void namesWrappedAcrossLinesAreFound() {
        assertEquals(List.of("Barking and Dagenham"),
                DETECTOR.mentioned("London Borough of Barking and\nDagenham").stream().map(Authority::name).toList());
    }

    private static void assertPrimary(String expected, String... lines) {
        assertEquals(expected, DETECTOR.primary(List.of(lines)).map(Authority::name).orElse("nothing"));
    }
}
