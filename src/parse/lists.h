/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading one list item, definition term or line of text as a status
 * code with its names and description: "404 Not Found: description",
 * "**404** Not Found — description", "• 200 OK", "400 Bad Request
 * （不正なリクエスト）", "200(성공): 설명", MDN's "{{HTTPStatus(404, "404
 * Not Found")}}". */
#ifndef STATUSGEN_LISTS_H
#define STATUSGEN_LISTS_H

#include <stdbool.h>

struct phrases;

/* What an item says; every string is NULL or to be freed. */
struct list_item {
	int code;                   /* maybe out of range: the caller says so */
	char *reason;               /* English reason phrase */
	char *l10n;                 /* localized name */
	char *description;          /* what follows the name: "404 Not Found: this" */
	char *note;                 /* what stood in parentheses after the English
				     * phrase ("WebDAV", "Nicht gefunden"), when
				     * l10n is NULL */
};

/* If text is a code item, return true and fill *item (release it with
 * list_item_release() either way).  The name must look like one: a
 * registered phrase (phrases, maybe NULL), or a short Latin phrase that
 * starts with a capital letter, or a name in another script; "200
 * things" and "500 is not a record" are no items.  A leading bullet
 * ("•", "・", "┄", "-", "*"...) is skipped. */
bool list_read_item(const char *text, const struct phrases *phrases, struct list_item *item);

void list_item_release(struct list_item *item);

/* True if text starts with a bullet (after white space) followed by a
 * status code: a line of a list written as plain text. */
bool list_is_bullet_line(const char *text);

/* Where the next bullet line starts in text, a paragraph whose lines
 * were run together ("• 200 OK • 404 Not Found", from HTML with <br>s):
 * the next place where the bullet text starts with is followed by a
 * code; NULL if none. */
const char *list_next_bullet(const char *text);

/* text with MDN's macros expanded as MDN shows them: {{HTTPStatus(404,
 * "404 Not Found")}} is "404 Not Found", {{HTTPStatus("404")}} "404",
 * {{HTTPHeader("Location")}} "Location", {{deprecated_inline}} nothing.
 * NULL when text holds no macro; else free() it. */
char *list_expand_macros(const char *text);

#endif
