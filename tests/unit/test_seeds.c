/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every row of the two seed documents reaches the reader with its exact
 * text and line.  The tables below were written from a second, independent
 * reading of the seeds (a regular-expression pass over the same bytes), so
 * the reader is checked against the documents, not against itself. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"

#define SEED_HTML SRCDIR "/data/sources/zh_CN/status-codes-table.html"
#define SEED_MD SRCDIR "/data/sources/zh_CN/status-codes.md"

struct html_row {
	int code;
	const char *class_name, *reason, *l10n_reason;
	unsigned line;
};

struct md_entry {
	int code;
	const char *class_name, *reason, *description;
	unsigned line, description_line;
};

static const struct html_row html_rows[] = {
	{ 200, "成功", "OK", "正常", 14 },
	{ 201, "成功", "Created", "已建立", 20 },
	{ 202, "成功", "Accepted", "已接受", 26 },
	{ 203, "成功", "Non-Authoritative Information", "无认证信息", 32 },
	{ 204, "成功", "No Content", "无内容", 38 },
	{ 205, "成功", "Reset Content", "重置内容", 44 },
	{ 206, "成功", "Partial Content", "部分内容", 50 },
	{ 207, "成功", "Multi-Status", "多状态响应", 56 },
	{ 300, "重定向", "Multiple Choices", "复合选择", 62 },
	{ 301, "重定向", "Moved Permanently", "永久转移", 68 },
	{ 302, "重定向", "Found", "找到", 74 },
	{ 303, "重定向", "See Other", "访问其他", 80 },
	{ 304, "重定向", "Not Modified", "没有更改", 86 },
	{ 305, "重定向", "Use Proxy", "使用代理", 92 },
	{ 306, "重定向", "Unused", "未使用", 98 },
	{ 307, "重定向", "Temporary Redirect", "暂时重定向", 104 },
	{ 400, "客户端错误", "Bad Request", "错误请求", 110 },
	{ 401, "客户端错误", "Unauthorized", "未认证", 116 },
	{ 402, "客户端错误", "Payment Required", "支付请求", 122 },
	{ 403, "客户端错误", "Forbidden", "禁止", 128 },
	{ 404, "客户端错误", "Not Found", "没有找到", 134 },
	{ 405, "客户端错误", "Method Not Allowed", "方法不容许", 140 },
	{ 406, "客户端错误", "Not Acceptable", "不可接受", 146 },
	{ 407, "客户端错误", "Proxy Authentication Required", "要求代理认证", 152 },
	{ 408, "客户端错误", "Request Timeout", "请求超时", 158 },
	{ 409, "客户端错误", "Conflict", "冲突", 164 },
	{ 410, "客户端错误", "Gone", "离开", 170 },
	{ 411, "客户端错误", "Length Required", "长度请求", 176 },
	{ 412, "客户端错误", "Precondition Failed", "预处理失败", 182 },
	{ 413, "客户端错误", "Request Entity Too Large", "请求的实体过大", 188 },
	{ 414, "客户端错误", "Request-URI Too Long", "请求URI过长", 194 },
	{ 415, "客户端错误", "Unsupported Media Type", "不支持的媒体类型", 200 },
	{ 416, "客户端错误", "Requested Range Not Satisfiable", "请求范围未满足", 206 },
	{ 417, "客户端错误", "Expectation Failed", "期望失败", 212 },
	{ 422, "客户端错误", "Unprocessable Entity", "无法处理的请求实体", 218 },
	{ 423, "客户端错误", "Locked", "锁定", 224 },
	{ 424, "客户端错误", "Failed Dependency", "依赖导致的失败", 230 },
	{ 500, "服务器错误", "Internal Server Error", "内部错误", 236 },
	{ 501, "服务器错误", "Not Implemented", "未实现", 242 },
	{ 502, "服务器错误", "Bad Gateway", "错误网关", 248 },
	{ 503, "服务器错误", "Service Unavailable", "服务不可用", 254 },
	{ 504, "服务器错误", "Gateway Timeout", "网关超时", 260 },
	{ 505, "服务器错误", "HTTP Version Not Supported", "版本不支持", 266 },
	{ 507, "服务器错误", "Insufficient Storage", "系统空间不足", 272 },
};
static const struct md_entry md_entries[] = {
	{ 100, "消息", "Continue", "客户端应当继续发送请求。这个临时响应是用来通知客户端它的部分请求已经被服务器接收，且仍未被拒绝。客户端应当继续发送请求的剩余部分，或者如果请求已经完成，忽略这个响应。服务器必须在请求完成后向客户端发送一个最终响应", 9, 11 },
	{ 101, "消息", "Switching Protocols", "服务器已经理解了客户端的请求，并将通过 Upgrade 消息头通知客户端采用不同的协议来完成这个请求。在发送完这个响应最后的空行后，服务器将会切换到在 Upgrade 消息头中定义的那些协议。", 13, 15 },
	{ 102, "消息", "Processing", "处理将被继续执行", 17, 19 },
	{ 200, "成功", "OK", "请求已成功", 23, 25 },
	{ 201, "成功", "Created", "请求已经被实现，而且有一个新的资源已经依据请求的需要而建立，且其 URI 已经随 Location 头信息返回", 27, 29 },
	{ 202, "成功", "Accepted", "服务器已接受请求，但尚未处理", 31, 33 },
	{ 203, "成功", "Non-Authoritative Information", "服务器已成功处理了请求，但返回的实体头部元信息不是在原始服务器上有效的确定集合，而是来自本地或者第三方的拷贝", 35, 37 },
	{ 204, "成功", "No Content", "服务器成功处理了请求，但不需要返回任何实体内容", 39, 41 },
	{ 205, "成功", "Reset Content", "服务器成功处理了请求，且没有返回任何内容。但是与 204 响应不同，返回此状态码的响应要求请求者重置文档视图。该响应主要是被用于接受用户输入后，立即重置表单，以便用户能够轻松地开始另一次输入。", 43, 45 },
	{ 206, "成功", "Partial Content", "服务器已经成功处理了部分 GET 请求", 47, 49 },
	{ 300, "重定向", "Multiple Choices", "被请求的资源有一系列可供选择的回馈信息，每个都有自己特定的地址和浏览器驱动的商议信息。用户或浏览器能够自行选择一个首选的地址进行重定向。", 53, 55 },
	{ 301, "重定向", "Moved Permanently", "被请求的资源已永久移动到新位置，并且将来任何对此资源的引用都应该使用本响应返回的若干个 URI 之一。如果可能，拥有链接编辑功能的客户端应当自动把请求的地址修改为从服务器反馈回来的地址。除非额外指定，否则这个响应也是可缓存的", 57, 59 },
	{ 302, "重定向", "Move Temporarily", "请求的资源临时从不同的 URI 响应请求。由于这样的重定向是临时的，客户端应当继续向原有地址发送以后的请求。只有在 Cache-Control 或 Expires 中进行了指定的情况下，这个响应才是可缓存的", 61, 63 },
	{ 303, "重定向", "See Other", "对应当前请求的响应可以在另一个 URL 上被找到，而且客户端应当采用 GET 的方式访问那个资源。这个方法的存在主要是为了允许由脚本激活的 POST 请求输出重定向到一个新的资源。这个新的 URI 不是原始资源的替代引用。同时，303 响应禁止被缓存", 65, 67 },
	{ 304, "重定向", "Not Modified", "如果客户端发送了一个带条件的 GET 请求且该请求已被允许，而文档的内容（自上次访问以来或者根据请求的条件）并没有改变，则服务器应当返回这个状态码。304 响应禁止包含消息体，因此始终以消息头后的第一个空行结尾。告诉浏览器直接使用缓存", 69, 71 },
	{ 305, "重定向", "Use Proxy", "被请求的资源必须通过指定的代理才能被访问。Location 域中将给出指定的代理所在的 URI 信息，接收者需要重复发送一个单独的请求，通过这个代理才能访问相应资源", 73, 75 },
	{ 400, "请求错误", "Bad Request", "请求地址有误 或 请求参数有误", 79, 81 },
	{ 401, "请求错误", "Unauthorized", "当前请求需要用户验证。该响应必须包含一个适用于被请求资源的 WWW-Authenticate 信息头用以询问用户信息", 83, 85 },
	{ 402, "请求错误", "Payment Required", "该状态码是为了将来可能的需求而预留的。", 87, 89 },
	{ 403, "请求错误", "Forbidden", "服务器已经理解请求，但是拒绝执行它", 91, 93 },
	{ 404, "请求错误", "Not Found", "请求失败，请求所希望得到的资源未被在服务器上发现", 95, 97 },
	{ 405, "请求错误", "Method Not Allowed", "请求行中指定的请求方法不能被用于请求相应的资源。该响应必须返回一个 Allow 头信息用以表示出当前资源能够接受的请求方法的列表。", 99, 101 },
	{ 406, "请求错误", "Not Acceptable", "请求的资源的内容特性无法满足请求头中的条件，因而无法生成响应实体。", 103, 105 },
	{ 500, "服务器错误", "Internal Server Error", "服务器报错", 109, 111 },
	{ 501, "服务器错误", "Not Implemented", "服务器不支持当前请求所需要的某个功能。当服务器无法识别请求的方法，并且无法支持其对任何资源的请求。", 113, 115 },
	{ 502, "服务器错误", "Bad Gateway", "作为网关或者代理工作的服务器尝试执行请求时，从上游服务器接收到无效的响应。", 117, 119 },
	{ 503, "服务器错误", "Service Unavailable", "由于临时的服务器维护或者过载，服务器当前无法处理请求。", 121, 123 },
	{ 504, "服务器错误", "Gateway Timeout", "请求超时", 125, 127 },
	{ 505, "服务器错误", "HTTP Version Not Supported", "服务器不支持，或者拒绝支持在请求中使用的 HTTP 版本", 129, 131 },
};

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void test_html_seed_rows(void **state)
{
	struct test_read t;
	size_t i;

	(void)state;
	test_read_file(&t, SEED_HTML);
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(N(html_rows), 44);
	assert_int_equal(t.nr, N(html_rows));
	for (i = 0; i < N(html_rows); i++) {
		const struct test_record *r = &t.recs[i];

		assert_int_equal(r->origin, RECORD_TABLE_ROW);
		assert_int_equal(r->code, html_rows[i].code);
		assert_int_equal(r->line, html_rows[i].line);
		assert_string_equal(r->class_name, html_rows[i].class_name);
		assert_string_equal(r->reason, html_rows[i].reason);
		assert_string_equal(r->l10n_reason, html_rows[i].l10n_reason);
		assert_null(r->description);
	}
	assert_string_equal(t.meta.title, "http status code");
	assert_null(t.meta.lang);
	test_read_release(&t);
}

static void test_markdown_seed_entries(void **state)
{
	struct test_read t;
	size_t i;

	(void)state;
	test_read_file(&t, SEED_MD);
	assert_int_equal(t.ret, 0);
	assert_string_equal(t.diagnostics, "");
	assert_int_equal(N(md_entries), 29);
	assert_int_equal(t.nr, N(md_entries));
	for (i = 0; i < N(md_entries); i++) {
		const struct test_record *r = &t.recs[i];

		assert_int_equal(r->origin, RECORD_HEADING);
		assert_int_equal(r->code, md_entries[i].code);
		assert_int_equal(r->line, md_entries[i].line);
		assert_string_equal(r->class_name, md_entries[i].class_name);
		assert_string_equal(r->reason, md_entries[i].reason);
		assert_string_equal(r->description, md_entries[i].description);
		assert_int_equal(r->description_line, md_entries[i].description_line);
		assert_null(r->l10n_reason);
	}
	/* The <footer> raw HTML block after 505 is not part of its description. */
	assert_null(strstr(t.recs[N(md_entries) - 1].description, "百度"));
	assert_string_equal(t.meta.title, "http状态码");
	test_read_release(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html_seed_rows),
		cmocka_unit_test(test_markdown_seed_entries),
	};

	return cmocka_run_group_tests_name("seeds", tests, NULL, NULL);
}
