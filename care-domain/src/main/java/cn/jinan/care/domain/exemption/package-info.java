/**
 * Exemptions of a member from a yearly quota (long illness, bedridden, working away): recorded with the reason and
 * who approved; exempt members are shown, not hidden.
 */
package cn.jinan.care.domain.exemption;
