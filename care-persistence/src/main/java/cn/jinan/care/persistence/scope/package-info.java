/**
 * Data scope: the subtree of the organization tree a user may see. Every query and every fetch by id takes one.
 */
package cn.jinan.care.persistence.scope;
