package cn.jinan.care.persistence.training;

import java.util.List;

/** What a batch entry did: how many records it made, and the attendees it refused with the reason (message key). */
public record BatchResult(int created, List<Refusal> refused) {

    public record Refusal(long memberId, String memberName, String messageKey) {
    }
}
