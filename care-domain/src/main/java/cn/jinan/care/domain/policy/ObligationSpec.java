package cn.jinan.care.domain.policy;

import java.time.LocalDate;

/** What an event rule says is owed: the action, by when, and why (the rule). */
public record ObligationSpec(RuleCode rule, RequiredAction action, LocalDate dueDate) {
}
