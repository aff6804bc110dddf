// platforms.match and platforms.list: which platform an address belongs to (media hosts, label
// boundaries, ports, case, userinfo, IPv6, bad addresses, Mastodon's path pattern, form pages) and
// what the registry lists.
#include <takedown/core/call.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <string>

#include "platforms/host_pattern.hpp"
#include "platforms/path_pattern.hpp"

namespace platforms_test {  // one per file: the unity build joins test files

using nlohmann::json;
using takedown::core::call;

namespace {

json answer(std::string_view method, const json& params) { return json::parse(call(method, params.dump())); }

json match(std::string_view url) {
  const json out = answer("platforms.match", {{"url", url}});
  REQUIRE_MESSAGE(out["ok"] == true, out.dump());
  return out["result"];
}

// The id of the platform an address matches, or "" for none.
std::string platform_of(std::string_view url) {
  const json result = match(url);
  return result["platform"].is_null() ? "" : result["platform"]["id"].get<std::string>();
}

std::string error_of(const json& params) {
  const json out = answer("platforms.match", params);
  if (out["ok"] == true) return "ok";
  return out["error"]["code"].get<std::string>() + ": " + out["error"]["message"].get<std::string>();
}

}  // namespace

TEST_CASE("media hosts map to their platform, so a right-clicked image is recognised") {
  const std::pair<const char*, const char*> cases[] = {
      {"https://i.ytimg.com/vi/abc/hqdefault.jpg", "youtube"},
      {"https://yt3.ggpht.com/ytc/abc=s88", "youtube"},
      {"https://rr3---sn-5hne6nzk.googlevideo.com/videoplayback?x=1", "youtube"},
      {"https://youtu.be/abc", "youtube"},
      {"https://scontent-ams2-1.xx.fbcdn.net/v/t39.30808-6/1_n.jpg", "facebook"},
      {"https://scontent.cdninstagram.com/v/t51/1.jpg", "instagram"},
      {"https://pbs.twimg.com/media/abc.jpg", "x"},
      {"https://video.twimg.com/ext_tw_video/1/pu/vid/1.mp4", "x"},
      {"https://t.co/abc", "x"},
      {"https://i.redd.it/abc.jpeg", "reddit"},
      {"https://preview.redd.it/abc.png?width=640", "reddit"},
      {"https://v.redd.it/abc/DASH_720.mp4", "reddit"},
      {"https://p16-sign-va.tiktokcdn.com/obj/tos/1.jpeg", "tiktok"},
      {"https://cf-st.sc-cdn.net/d/abc", "snapchat"},
      {"https://media.discordapp.net/attachments/1/2/a.png", "discord"},
      {"https://cdn.discordapp.com/attachments/1/2/a.png", "discord"},
      {"https://static-cdn.jtvnw.net/x.jpg", ""},  // Twitch's media host has no source in the registry yet
      {"https://clips.twitch.tv/abc", "twitch"},
      {"https://media.licdn.com/dms/image/abc", "linkedin"},
      {"https://t.me/channel/42", "telegram"},
      {"https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:abc/xyz@jpeg", "bluesky"},
      {"https://ei.phncdn.com/videos/1/original/1.jpg", "pornhub"},
      {"https://fr.xhamster.com/videos/abc", "xhamster"},
      {"https://onlyfans.com/abc", "onlyfans"},
      {"https://th.bing.com/th/id/OIP.abc", "microsoft-bing"},
      {"https://tse1.mm.bing.net/th?id=abc", "microsoft-bing"},
      {"https://i.vimeocdn.com/video/1_640.jpg", "vimeo"},
      {"https://64.media.tumblr.com/abc/s640x960/1.jpg", "tumblr"},
      {"https://www.google.nl/search?q=x", "google-search"},
      {"https://www.threads.net/@alice/post/ABC", "threads"},
  };
  for (const auto& [url, platform] : cases) {
    const auto& tested_url = url;  // a copy: clang 14 cannot capture a structured binding in CAPTURE's lambda
    CAPTURE(tested_url);
    CHECK(platform_of(url) == platform);
  }
  const json fb = match("https://scontent-ams2-1.xx.fbcdn.net/v/1.jpg");
  CHECK(fb["matched_by"] == "host");
  CHECK(fb["matched_host"] == "*.fbcdn.net");
  CHECK(fb["host"] == "scontent-ams2-1.xx.fbcdn.net");
  CHECK(fb["platform"]["eu_establishment"]["country"] == "IE");
  CHECK(fb["platform"]["privacy_contact"]["datenanfragen"] == "facebook");
}

TEST_CASE("hostnames match only on a label boundary, and exact names only exactly") {
  for (const char* url : {"https://evil-youtube.com/watch", "https://youtube.com.evil.org/watch", "https://notyoutube.com/",
                          "https://youtube.co/", "https://xyoutu.be/abc", "https://www.youtu.be/abc", "https://fbcdn.net.evil.org/1.jpg",
                          "https://mail.google.com/", "https://drive.google.com/file/d/1", "https://com/", "https://evil.org/youtube.com"}) {
    CAPTURE(url);
    CHECK(platform_of(url) == "");
  }
  CHECK(platform_of("https://youtube.com/") == "youtube");
  CHECK(platform_of("https://a.b.c.youtube.com/") == "youtube");
}

TEST_CASE("the host is read as a browser reads it: case, port, trailing dot, userinfo, percent-escapes") {
  CHECK(match("HTTPS://WWW.YouTube.COM/watch?v=1")["host"] == "www.youtube.com");
  CHECK(platform_of("HTTPS://WWW.YouTube.COM/watch?v=1") == "youtube");
  CHECK(platform_of("https://www.youtube.com:8443/watch") == "youtube");
  CHECK(platform_of("http://www.youtube.com:/watch") == "youtube");
  CHECK(platform_of("https://youtube.com./watch") == "youtube");
  CHECK(platform_of("https://user:pass@youtube.com/") == "youtube");
  CHECK(platform_of("https://youtube.com@evil.org/") == "");         // the host is evil.org
  CHECK(platform_of("https://evil.org@a@youtube.com/") == "youtube");  // the last '@' ends the userinfo
  CHECK(match("https://evil.org\\@youtube.com/")["host"] == "evil.org");  // '\' ends the host, as in browsers
  CHECK(platform_of("https://youtub%65.com/") == "youtube");
  CHECK(platform_of("  https://youtu.be/abc \n") == "youtube");
}

TEST_CASE("IP literals and IDN hosts are accepted but belong to no platform") {
  const json v6 = match("http://[2001:DB8::1]:8080/@alice/123");
  CHECK(v6["host"] == "[2001:db8::1]");
  CHECK(v6["platform"].is_null());
  CHECK(v6["matched_by"].is_null());
  CHECK(match("http://[::1]/")["platform"].is_null());
  CHECK(match("http://127.0.0.1/watch")["platform"].is_null());
  CHECK(match("https://bücher.example/x")["host"] == "bücher.example");
  CHECK(match("https://xn--bcher-kva.example/x")["platform"].is_null());
}

TEST_CASE("what is not an http(s) address is refused with invalid_params") {
  const std::pair<json, const char*> cases[] = {
      {json{{"url", "javascript:alert(1)"}}, "params.url must be an http or https address"},
      {json{{"url", "ftp://youtube.com/x"}}, "params.url must be an http or https address"},
      {json{{"url", "youtube.com/watch"}}, "params.url is not an address (it has no scheme)"},
      {json{{"url", "//youtube.com/watch"}}, "params.url is not an address (it has no scheme)"},
      {json{{"url", "https:/youtube.com"}}, "params.url must have \"//\" after its scheme"},
      {json{{"url", "https:\\\\youtube.com"}}, "params.url must have \"//\" after its scheme"},
      {json{{"url", "https://"}}, "params.url has no host"},
      {json{{"url", "https://:443/"}}, "params.url has no host"},
      {json{{"url", "https://you tube.com/"}}, "params.url contains spaces or control characters"},
      {json{{"url", "https://youtube..com/"}}, "params.url has an empty label in its host"},
      {json{{"url", "https://youtube.com:99999/"}}, "params.url has a port above 65535"},
      {json{{"url", "https://youtube.com:80a/"}}, "params.url has a malformed port"},
      {json{{"url", "https://[::1/"}}, "params.url has an unclosed IPv6 address"},
      {json{{"url", "https://[xyz]/"}}, "params.url has a malformed IPv6 address"},
      {json{{"url", "https://youtub%zz.com/"}}, "params.url has a malformed percent-escape in its host"},
      {json{{"url", "https://you%00tube.com/"}}, "params.url has a malformed percent-escape in its host"},
      {json{{"url", "https://you<tube.com/"}}, "params.url has a character a host cannot contain"},
      {json{{"url", ""}}, "params.url is not an address (it has no scheme)"},
      {json{{"url", 42}}, "params.url must be a string"},
      {json::object(), "params.url is required"},
      {json{{"url", "https://youtube.com/"}, {"extra", 1}}, "params.extra is not a known field"},
      {json{{"url", "https://youtube.com/"}, {"purpose", "copyright"}},
       "params.purpose must be one of privacy_gdpr, ncii, synthetic_media, impersonation, dsa_notice, take_it_down, search_delisting"},
      {json{{"url", "https://youtube.com/" + std::string(8200, 'a')}}, "params.url is longer than 8192 bytes"},
  };
  for (const auto& [params, message] : cases) {
    const auto params_start = params.dump().substr(0, 120);  // a copy: clang 14 cannot capture a structured binding in CAPTURE's lambda
    CAPTURE(params_start);
    CHECK(error_of(params) == std::string("invalid_params: ") + message);
  }
  const std::string at_limit = "https://youtube.com/" + std::string(8192 - 20, 'a');
  CHECK(error_of({{"url", at_limit}}) == "ok");
}

TEST_CASE("a purpose filters the routes") {
  const json all = match("https://www.youtube.com/watch?v=1");
  CHECK(all["routes"].size() == 2);
  const json out = answer("platforms.match", {{"url", "https://www.youtube.com/watch?v=1"}, {"purpose", "synthetic_media"}});
  REQUIRE(out["ok"] == true);
  REQUIRE(out["result"]["routes"].size() == 1);
  CHECK(out["result"]["routes"][0]["purpose"] == "synthetic_media");
  CHECK(!out["result"]["routes"][0]["field_hints"].empty());
  const json none = answer("platforms.match", {{"url", "https://www.youtube.com/"}, {"purpose", "take_it_down"}});
  CHECK(none["result"]["platform"]["id"] == "youtube");
  CHECK(none["result"]["routes"].empty());
}

TEST_CASE("a Mastodon post on any instance is recognised by its path, and routed to that instance") {
  const json post = match("https://social.example.org/@alice/109876543210987654");
  CHECK(post["matched_by"] == "path");
  CHECK(post["matched_host"].is_null());
  CHECK(post["platform"]["id"] == "mastodon");
  CHECK(post["platform"]["instance_based"] == true);
  REQUIRE(!post["routes"].empty());
  CHECK(post["routes"][0]["url"] == "https://social.example.org/about");
  CHECK(platform_of("https://social.example.org/@alice@other.example/42/") == "mastodon");
  CHECK(platform_of("https://mastodon.social/@Gargron") == "mastodon");  // a listed instance matches by host
  for (const char* url : {"https://medium.com/@alice/my-post-1a2b3c4d", "https://example.org/@alice", "https://example.org/@alice/123/more",
                          "https://example.org/@/123", "https://example.org/@alice/12345678901234567890123"}) {
    CAPTURE(url);
    CHECK(platform_of(url) == "");
  }
  CHECK(platform_of("https://www.tiktok.com/@alice/video/123") == "tiktok");  // a known host wins over the path
}

TEST_CASE("a platform's form page is recognised even on a shared help host") {
  const json yt = match("https://support.google.com/youtube/answer/2801895?hl=en");
  CHECK(yt["matched_by"] == "route");
  CHECK(yt["platform"]["id"] == "youtube");
  CHECK(yt["page_route"]["purpose"] == "synthetic_media");
  CHECK(platform_of("https://support.google.com/websearch/answer/9116649") == "google-search");
  CHECK(platform_of("https://support.google.com/youtube/answer/28018950") == "");  // not a page boundary
  CHECK(platform_of("https://www.microsoft.com/en-us/concern/revengeporn") == "microsoft-bing");
  const json meta = match("https://www.facebook.com/help/contact/634636250523119");
  CHECK(meta["matched_by"] == "host");
  CHECK(meta["page_route"]["purpose"] == "ncii");
  CHECK(match("https://www.facebook.com/somebody")["page_route"].is_null());
}

TEST_CASE("platforms.list names every platform with its routes, optionally for one purpose") {
  const json out = answer("platforms.list", json::object());
  REQUIRE(out["ok"] == true);
  const json& result = out["result"];
  CHECK(result["count"] == result["platforms"].size());
  CHECK(result["count"].get<int>() >= 21);
  CHECK(result["checked"].is_string());
  for (const auto& platform : result["platforms"]) {
    CAPTURE(platform["id"]);
    CHECK(!platform["routes"].empty());
    for (const auto& route : platform["routes"]) {
      CHECK(route.size() == 7);  // purpose, title, url, url_kind, confidence, verified, status
    }
  }
  const json tida = answer("platforms.list", {{"purpose", "take_it_down"}})["result"];
  std::set<std::string> ids;
  for (const auto& platform : tida["platforms"]) {
    ids.insert(platform["id"].get<std::string>());
    for (const auto& route : platform["routes"]) CHECK(route["purpose"] == "take_it_down");
  }
  CHECK(ids == std::set<std::string>{"x", "discord", "bluesky"});
  CHECK(tida["count"] == 3);
  CHECK(answer("platforms.list", {{"purpose", 1}})["error"]["code"] == "invalid_params");
  CHECK(answer("platforms.list", {{"url", "x"}})["error"]["message"] == "params.url is not a known field");
  CHECK(answer("platforms.list", json::array())["error"]["code"] == "invalid_params");
}

TEST_CASE("host patterns and path patterns") {
  using takedown::platforms::host_matches;
  using takedown::platforms::parse_host_pattern;
  const auto wildcard = *parse_host_pattern("*.fbcdn.net");
  CHECK(host_matches(wildcard, "fbcdn.net"));
  CHECK(host_matches(wildcard, "a.b.fbcdn.net"));
  CHECK_FALSE(host_matches(wildcard, "afbcdn.net"));
  CHECK_FALSE(host_matches(wildcard, "fbcdn.net.evil"));
  const auto exact = *parse_host_pattern("youtu.be");
  CHECK(host_matches(exact, "youtu.be"));
  CHECK_FALSE(host_matches(exact, "www.youtu.be"));
  for (const char* bad : {"", "*.", "com", "*.com", "-a.com", "a-.com", "a..com", "A.com", "a_b.com", "*.*.a.com", "a.com."}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_host_pattern(bad).has_value());
  }
  using takedown::platforms::path_matches;
  CHECK(path_matches("/@{account}/{id}", "/@alice/1"));
  CHECK(path_matches("/@{account}/{id}", "/@alice/1/"));
  CHECK_FALSE(path_matches("/@{account}/{id}", "/@alice/1//"));
  CHECK_FALSE(path_matches("/@{account}/{id}", "/@alice/x1"));
  CHECK_FALSE(path_matches("/@{account}/{id}", "/alice/1"));
  CHECK(path_matches("/users/{account}/statuses/{id}", "/users/alice/statuses/7"));
}

}  // namespace platforms_test
