/**
 * What the persistence services share: not-found-in-scope, the clock, LIKE escaping.
 */
package cn.jinan.care.persistence.shared;
