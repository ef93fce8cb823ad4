/**
 * Building blocks every feature shares: the audited base entity and the value objects that cannot hold a bad value.
 */
package cn.jinan.care.domain.shared;
