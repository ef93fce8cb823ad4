package cn.jinan.care.persistence.oldmember;

/** A batch payment: how many eligible members were paid, and how many skipped because a month was already paid. */
public record BatchOutcome(int paid, int alreadyPaid) {
}
