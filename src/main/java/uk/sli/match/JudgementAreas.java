package uk.sli.match;

import java.util.Map;
import java.util.Optional;
import uk.sli.model.Judgement;

/**
 * The Ofsted judgement area under which a theme's practice is graded, so that a donor's evidence
 * can be weighed by its grade in that area. Cross-cutting themes (voice, identity, health,
 * education, partnerships, recording) are judged in every area and map to none.
 */
public final class JudgementAreas {

    private static final Map<String, Judgement> BY_THEME = Map.ofEntries(
            Map.entry("early-help", Judgement.HELP_AND_PROTECTION),
            Map.entry("front-door", Judgement.HELP_AND_PROTECTION),
            Map.entry("assessment-planning", Judgement.HELP_AND_PROTECTION),
            Map.entry("neglect-domestic-abuse", Judgement.HELP_AND_PROTECTION),
            Map.entry("exploitation-missing", Judgement.HELP_AND_PROTECTION),
            Map.entry("disabled-children", Judgement.HELP_AND_PROTECTION),
            Map.entry("children-in-care", Judgement.CHILDREN_IN_CARE),
            Map.entry("placement-sufficiency", Judgement.CHILDREN_IN_CARE),
            Map.entry("permanence", Judgement.CHILDREN_IN_CARE),
            Map.entry("uasc", Judgement.CHILDREN_IN_CARE),
            Map.entry("care-leavers", Judgement.CARE_LEAVERS),
            Map.entry("workforce", Judgement.IMPACT_OF_LEADERS),
            Map.entry("management-oversight", Judgement.IMPACT_OF_LEADERS),
            Map.entry("quality-assurance", Judgement.IMPACT_OF_LEADERS),
            Map.entry("leadership-governance", Judgement.IMPACT_OF_LEADERS));

    private JudgementAreas() {
    }

    public static Optional<Judgement> of(String theme) {
        return Optional.ofNullable(BY_THEME.get(theme));
    }

    /** A readable name for the area, as in reports: "children in care". */
    public static String describe(Judgement judgement) {
        return judgement.key().replace('_', ' ');
    }
}
