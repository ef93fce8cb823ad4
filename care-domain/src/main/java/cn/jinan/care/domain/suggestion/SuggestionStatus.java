package cn.jinan.care.domain.suggestion;

/** Received → assigned → in progress → implemented (落实), or not adopted with a reason. */
public enum SuggestionStatus {
    RECEIVED, ASSIGNED, IN_PROGRESS, IMPLEMENTED, NOT_ADOPTED;

    public boolean isFinal() {
        return this == IMPLEMENTED || this == NOT_ADOPTED;
    }
}
