/**
 * First start of a real deployment: the root organization and the first administrator from environment variables.
 */
package cn.jinan.care.web.bootstrap;
