/**
 * Organization tree queries (children with counts, subtree by path) and changes to the tree.
 */
package cn.jinan.care.persistence.organization;
