package io.plumbline.survey;

import io.plumbline.tenancy.ClientId;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * NPS and CSAT of one client, audience and period, with the counts they come from. NPS =
 * % promoters (9–10) − % detractors (0–6) of the NPS answers, from −100 to 100; CSAT =
 * share of 4–5 answers among the 1–5 answers, in %. Without answers the figure is empty,
 * never 0.
 *
 * @param responses every response in the period, also those with only a comment
 */
public record Satisfaction(ClientId client, Audience audience, SurveyPeriod period, int promoters, int passives,
        int detractors, int satisfied, int csatAnswers, int responses, int comments) {

    public static Satisfaction of(ClientId client, Audience audience, SurveyPeriod period,
            Collection<? extends Answer> answers) {
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        int satisfied = 0;
        int csat = 0;
        int comments = 0;
        for (Answer answer : answers) {
            if (answer.nps() != null) {
                if (answer.nps() >= 9) {
                    promoters++;
                }
                else if (answer.nps() >= 7) {
                    passives++;
                }
                else {
                    detractors++;
                }
            }
            if (answer.csat() != null) {
                csat++;
                if (answer.csat() >= 4) {
                    satisfied++;
                }
            }
            if (answer.hasComment()) {
                comments++;
            }
        }
        return new Satisfaction(client, audience, period, promoters, passives, detractors, satisfied, csat,
                answers.size(), comments);
    }

    /** The scores of one response, as the math needs them. */
    public interface Answer {

        Integer nps();

        Integer csat();

        boolean hasComment();

    }

    public int npsAnswers() {
        return promoters + passives + detractors;
    }

    public OptionalDouble nps() {
        int n = npsAnswers();
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (promoters - detractors) / n);
    }

    public OptionalDouble csat() {
        return csatAnswers == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * satisfied / csatAnswers);
    }
}
