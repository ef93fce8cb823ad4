/**
 * The policy engine: every rule of POLICY.md as plain Java, reading its numbers from versioned parameters. Event
 * rules turn a member event into an obligation; quota rules say what a member owes in a year.
 */
package cn.jinan.care.domain.policy;
