/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The floor for any reader built on libxml2: a push parser whose SAX
 * callbacks only count cells and text bytes.  bench/run times it beside
 * statusgen extract.  Usage: sax-floor FILE */
#include <stdio.h>
#include <string.h>

#include <libxml/HTMLparser.h>

struct counts {
	unsigned long cells, bytes;
};

static void on_start(void *ctx, const xmlChar *name, const xmlChar **attrs)
{
	struct counts *c = ctx;

	(void)attrs;
	if (!strcmp((const char *)name, "td") || !strcmp((const char *)name, "th"))
		c->cells++;
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
	struct counts *c = ctx;

	(void)ch;
	c->bytes += (unsigned long)len;
}

int main(int argc, char **argv)
{
	struct counts counts = { 0, 0 };
	htmlSAXHandler sax;
	htmlParserCtxtPtr ctxt;
	char buf[65536];
	size_t n;
	FILE *f;

	if (argc != 2 || !(f = fopen(argv[1], "rb")))
		return 2;
	memset(&sax, 0, sizeof(sax));
	sax.startElement = on_start;
	sax.characters = on_text;
	ctxt = htmlCreatePushParserCtxt(&sax, &counts, NULL, 0, argv[1], XML_CHAR_ENCODING_UTF8);
	htmlCtxtUseOptions(ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		htmlParseChunk(ctxt, buf, (int)n, 0);
	htmlParseChunk(ctxt, NULL, 0, 1);
	htmlFreeParserCtxt(ctxt);
	fclose(f);
	printf("%lu cells, %lu text bytes\n", counts.cells, counts.bytes);
	return 0;
}
