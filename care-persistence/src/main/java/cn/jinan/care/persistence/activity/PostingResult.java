package cn.jinan.care.persistence.activity;

import java.io.Serializable;
import java.util.List;

/**
 * What posting an activity's hours did: records made, records found already there (the member had the same day and
 * course), participant-days posted before (nothing done), and refusals (the day would hold too many hours), which
 * stay unposted so that a later posting tries them again. Serializable: the activity page shows it after a redirect,
 * from the session (kept in the database).
 */
public record PostingResult(int created, int alreadyRecorded, int postedBefore, List<Refusal> refused)
        implements Serializable {

    public record Refusal(String memberName, java.time.LocalDate day, String messageKey) implements Serializable {
    }
}
