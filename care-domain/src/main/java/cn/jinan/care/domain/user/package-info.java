/**
 * Users of the product, their role and the organization whose subtree is their data scope.
 */
package cn.jinan.care.domain.user;
