/**
 * The JSON codec: one configured Jackson mapper (snake_case names, ISO dates) and a JSON Lines
 * writer that flushes each line, so that a killed run leaves only whole lines behind.
 */
package org.parallax.core.json;
