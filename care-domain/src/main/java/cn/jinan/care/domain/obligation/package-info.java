/**
 * Obligations: what the policy makes due after a member event, by when, and what fulfilled it.
 */
package cn.jinan.care.domain.obligation;
