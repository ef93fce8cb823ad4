/**
 * Party lectures given by leading cadres, within scope.
 */
package cn.jinan.care.persistence.lecture;
