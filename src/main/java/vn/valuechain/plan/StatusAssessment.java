package vn.valuechain.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A status with its explanation: a message key and the figures it quotes (share of working time passed, share
 * achieved and how, first and last day of the working time).
 */
public record StatusAssessment(
        ItemStatus status,
        String explanationKey,
        Double elapsedShare,
        Achievement achievement,
        LocalDate start,
        LocalDate end) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Integer elapsedPercent() {
        return elapsedShare == null ? null : (int) Math.round(elapsedShare * 100);
    }

    /** Arguments of the explanation: {0} elapsed %, {1} achieved %, {2} start, {3} end. */
    public Object[] explanationArgs() {
        return new Object[] {
            elapsedPercent(),
            achievement.percent(),
            start == null ? "" : DATE.format(start),
            end == null ? "" : DATE.format(end)
        };
    }

    /** The message key saying how the achieved share was worked out, and its arguments. */
    public String achievementKey() {
        return "status.achievement." + achievement.basis();
    }

    public Object[] achievementArgs() {
        return new Object[] {achievement.percent(), achievement.targets()};
    }
}
