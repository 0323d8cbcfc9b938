/**
 * The entity benchmark ({@code parallax bench entities}): NER precision and recall on GUM news and
 * cross-document canonical-id accuracy on MEANTIME, both read from {@code ../shared/bench}.
 *
 * <p>GUM: the 24 Wikinews articles' entity mentions of types person, organization and place whose
 * words are proper nouns (a leading "the" dropped) are the gold; Parallax's PERSON, ORGANIZATION
 * and LOCATION / COUNTRY mentions are the prediction (nationality words are not names in GUM and
 * are left out). Scored strictly (same characters, same type) and leniently (overlap, same type).
 *
 * <p>MEANTIME: each gold cross-document entity (an instance with proper-name mentions in two or
 * more articles) is right when every one of those mentions is found and all get one Parallax id
 * that no other gold entity's mentions get.
 */
package org.parallax.bench.entities;
