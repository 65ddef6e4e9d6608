package uk.sli.model;

import java.util.List;

/**
 * An English local authority with children's services responsibilities.
 *
 * @param name canonical name, e.g. "Windsor and Maidenhead"
 * @param code the three-digit DfE code, e.g. "868"
 * @param onsCode the ONS code, e.g. "E06000040"
 * @param region the region name, e.g. "South East"
 * @param neighbourCodes DfE codes of its statistical neighbours, closest first
 * @param type the ONS kind of authority, e.g. "Unitary Authority", "County", "London Borough"
 */
public record Authority(String name, String code, String onsCode, String region, List<String> neighbourCodes,
                        String type) {

    public Authority {
        neighbourCodes = List.copyOf(neighbourCodes);
    }
}
