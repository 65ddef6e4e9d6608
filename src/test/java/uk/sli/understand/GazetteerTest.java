package uk.sli.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.sli.model.Authority;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Royal Borough of Windsor and Maidenhead      | Windsor and Maidenhead
            The Royal Borough of Windsor and Maidenhead  | Windsor and Maidenhead
            RBWM                                         | Windsor and Maidenhead
            W&M                                          | Windsor and Maidenhead
            windsor & maidenhead                         | Windsor and Maidenhead
            Brighton & Hove City Council                 | Brighton and Hove
            B&H                                          | Brighton and Hove
            BHCC                                         | Brighton and Hove
            IoW                                          | Isle of Wight
            Isle of Wight Council                        | Isle of Wight
            MK                                           | Milton Keynes
            Brighter Futures for Children                | Reading
            Reading Borough Council                      | Reading
            Slough Children First                        | Slough
            Slough Children's Services Trust             | Slough
            Birmingham Children’s Trust                  | Birmingham
            Together for Children                        | Sunderland
            Sunderland City Council                      | Sunderland
            Doncaster Children's Services Trust          | Doncaster
            BCP                                          | Bournemouth, Christchurch and Poole
            'bournemouth, christchurch & poole'          | Bournemouth, Christchurch and Poole
            Bristol                                      | Bristol
            City of Bristol                              | Bristol
            Bristol City of                              | Bristol
            Kingston upon Hull City Council              | Kingston upon Hull
            Hull                                         | Kingston upon Hull
            County of Herefordshire                      | Herefordshire
            Herefordshire Council                        | Herefordshire
            St. Helens Metropolitan Borough Council      | St Helens
            st helens                                    | St Helens
            Telford & Wrekin                             | Telford and Wrekin
            Southend                                     | Southend-on-Sea
            Southend-on-Sea city council                 | Southend-on-Sea
            Durham                                       | County Durham
            Durham County Council                        | County Durham
            ESCC                                         | East Sussex
            WSCC                                         | West Sussex
            KCC                                          | Kent
            Kent County Council                          | Kent
            Bracknell Forest Borough Council             | Bracknell Forest
            London Borough of Barnet                     | Barnet
            London Borough of Barking and Dagenham       | Barking and Dagenham
            Wakefield Metropolitan District Council      | Wakefield
            City of Bradford Metropolitan District Council | Bradford
            Council of the Isles of Scilly               | Isles of Scilly
            London Corporation                           | City of London
            City of London                               | City of London
            Bedford Borough                              | Bedford
            Inspection of Rotherham Metropolitan Borough Council local authority children’s services | Rotherham
            """)
    void findsAuthoritiesByNameAliasOrAffixedForm(String written, String canonical) {
        assertEquals(canonical, gazetteer.byName(written).map(Authority::name).orElse("nothing"));
    }

    @Test
    void ambiguousAbbreviationsAndUnknownNamesFindNothing() {
        assertTrue(gazetteer.byName("HCC").isEmpty());
        assertTrue(gazetteer.byName("Kingston").isEmpty());
        assertTrue(gazetteer.byName("Borsetshire").isEmpty());
    }

    @Test
    void aTrustServingSeveralCouncilsResolvesToAllOfThemButIsNoSingleAuthority() {
        assertEquals(List.of("North Northamptonshire", "West Northamptonshire"),
                names(gazetteer.resolveAll("Northamptonshire Children's Trust")));
        assertEquals(List.of("Kingston upon Thames", "Richmond upon Thames", "Windsor and Maidenhead"),
                names(gazetteer.resolveAll("Achieving for Children")));
        assertTrue(gazetteer.byName("Achieving for Children").isEmpty());
    }

    @Test
    void findsByDfeOrOnsCode() {
        assertEquals("Windsor and Maidenhead", gazetteer.byCode("868").orElseThrow().name());
        assertEquals("Windsor and Maidenhead", gazetteer.byCode("e06000040").orElseThrow().name());
        assertTrue(gazetteer.byCode("999").isEmpty());
    }

    @Test
    void knowsRegionsByAliasAndByAuthority() {
        assertEquals("South East", gazetteer.region("SE").orElseThrow());
        assertEquals("South East", gazetteer.region("RBWM").orElseThrow());
        assertEquals("East of England", gazetteer.region("Eastern").orElseThrow());
        assertEquals("Yorkshire and the Humber", gazetteer.region("Yorkshire & Humber").orElseThrow());
        assertEquals(19, gazetteer.inRegion("South East").size());
        assertEquals(gazetteer.inRegion("South East"), gazetteer.inRegion("SE"));
        assertTrue(gazetteer.inRegion("London").contains(gazetteer.byName("Barnet").orElseThrow()));
    }

    @Test
    void neighboursComeClosestFirst() {
        Authority barnet = gazetteer.byName("Barnet").orElseThrow();
        List<Authority> neighbours = gazetteer.neighbours(barnet);
        assertEquals(10, neighbours.size());
        assertEquals("Waltham Forest", neighbours.get(0).name());
    }

    @Test
    void abolishedAuthoritiesPointToTheirSuccessorsAndAreNotCurrent() {
        Authority cumbria = gazetteer.byName("Cumbria County Council").orElseThrow();
        assertEquals(List.of("Cumberland", "Westmorland and Furness"), names(gazetteer.successors(cumbria)));
        assertEquals(List.of("Bournemouth, Christchurch and Poole"),
                names(gazetteer.successors(gazetteer.byName("Bournemouth").orElseThrow())));
        assertEquals(List.of("North Northamptonshire", "West Northamptonshire"),
                names(gazetteer.successors(gazetteer.byCode("928").orElseThrow())));
        assertTrue(gazetteer.successors(gazetteer.byName("Cumberland").orElseThrow()).isEmpty());
        assertTrue(gazetteer.all().contains(cumbria));
        assertTrue(!gazetteer.current().contains(cumbria));
        assertEquals(153, gazetteer.current().size());
    }

    @Test
    void everyCurrentAuthorityHasCodesRegionTypeAndKnownNeighbours() {
        for (Authority a : gazetteer.current()) {
            assertTrue(a.code().matches("\\d{3}") && a.onsCode().matches("E\\d{8}"), a.toString());
            assertTrue(!a.region().isBlank() && !a.type().isBlank(), a.toString());
            assertEquals(a.neighbourCodes().size(), gazetteer.neighbours(a).size(), a.name());
        }
    }

    @Test
    void addsExtraAuthoritiesFromAUserCsv(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("fictional.csv");
        Files.writeString(csv, """
                # the demo corpus's councils
                name,code,ons_code,region,type,neighbour_codes,successor_codes
                Borsetshire,990,E10999990,West Midlands,County,885 884,
                """);
        Gazetteer extended = Gazetteer.withExtra(csv);
        Authority borsetshire = extended.byName("Borsetshire County Council").orElseThrow();
        assertEquals("990", borsetshire.code());
        assertEquals(List.of("Worcestershire", "Herefordshire"), names(extended.neighbours(borsetshire)));
        assertEquals(Gazetteer.standard().all().size() + 1, extended.all().size());
        assertTrue(Gazetteer.standard().byName("Borsetshire").isEmpty());
    }

    private static List<String> names(List<Authority> authorities) {
        return authorities.stream().map(Authority::name).toList();
    }
}
