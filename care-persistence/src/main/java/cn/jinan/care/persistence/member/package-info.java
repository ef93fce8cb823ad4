/**
 * The member roster: scoped search paged in SQL, fetch by id within scope, create, edit, move, and member events.
 */
package cn.jinan.care.persistence.member;
