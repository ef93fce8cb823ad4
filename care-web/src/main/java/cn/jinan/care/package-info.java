/**
 * The root package of party care; the application class lives here.
 */
package cn.jinan.care;
