/**
 * The backup and restore commands: {@code --backup=FILE} and {@code --restore=FILE} on the app's command line.
 */
package cn.jinan.care.web.backup;
