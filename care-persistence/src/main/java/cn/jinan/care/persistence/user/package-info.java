/**
 * User accounts: lookup for sign-in, administration within the administrator's scope, lockout bookkeeping.
 */
package cn.jinan.care.persistence.user;
