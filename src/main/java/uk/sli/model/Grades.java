package uk.sli.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The grades a report gives, by judgement; judgements a report does not grade are simply absent. */
public record Grades(Map<Judgement, Grade> byJudgement) {

    public static final Grades NONE = new Grades(Map.of());

    public Grades {
        EnumMap<Judgement, Grade> copy = new EnumMap<>(Judgement.class);
        copy.putAll(byJudgement);
        byJudgement = Collections.unmodifiableMap(copy);
    }

    public Optional<Grade> get(Judgement judgement) {
        return Optional.ofNullable(byJudgement.get(judgement));
    }

    public boolean isEmpty() {
        return byJudgement.isEmpty();
    }
}
