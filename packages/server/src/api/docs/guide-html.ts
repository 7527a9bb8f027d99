/**
 * The hand-written half of the docs page: a summary in Korean, then how to get a key and call the
 * API, rate limits, HMA compatibility and its differences, the feed, feedback, and curl examples.
 * Numbers come from the contracts, so they cannot disagree with what the routes enforce.
 */
import { FEED_LIMIT_DEFAULT, FEED_LIMIT_MAX, FEEDBACK_VALUES, LOOKUP_BATCH_MAX, PLATFORM_MAX_DISTANCE, VICTIM_BANKS } from '@jikim/contracts';
import { esc } from './html.js';

const HMA = '/api/platform/hma';
const V1 = '/api/platform/v1';
const code = (text: string) => `<pre tabindex="0"><code>${esc(text)}</code></pre>`;

const KOREAN = `<section lang="ko" aria-labelledby="ko">
<h2 id="ko">한국어 요약</h2>
<p>이 페이지는 지킴 플랫폼 API를 쓰는 플랫폼 엔지니어를 위한 안내입니다. 피해자가 보호를 요청한 이미지의 해시와 업로드된 파일을 대조해, 같은 이미지가 다시 올라오지 않게 막을 수 있습니다.</p>
<ul>
<li>API 키는 이 서버의 관리자가 만듭니다(<code>npx jikim platform key create</code>). 모든 요청에 <code>Authorization: Bearer 키</code>를 붙입니다.</li>
<li>HMA(Hasher-Matcher-Actioner) 클라이언트는 기본 주소만 <code>${HMA}</code>로 바꾸면 그대로 쓸 수 있습니다.</li>
<li>피해자의 해시 뱅크(${VICTIM_BANKS.confirmed}, ${VICTIM_BANKS.unreviewed})는 대조에만 쓸 수 있고, 목록이나 내용은 볼 수 없습니다. <code>max_distance</code>는 최대 ${PLATFORM_MAX_DISTANCE}입니다.</li>
<li>${VICTIM_BANKS.unreviewed}에서 일치하면 조치 전에 검토해 주세요(<code>review_before_action</code>).</li>
<li>처리 결과는 피드백으로 알려 주세요(${FEEDBACK_VALUES.map((v) => `<code>${v}</code>`).join(', ')}).</li>
</ul>
<p>아래의 자세한 설명과 참조는 영어로 되어 있습니다.</p>
</section>`;

const KEYS = `<section aria-labelledby="keys"><h2 id="keys">Getting a key</h2>
<p>Keys are made by the admin of this Jikim deployment, on the server:</p>
${code('npx jikim platform key create --name NAME --scopes match,feed,feedback,curate,inbox [--per-minute 6000]')}
<p>The key (<code>jk_</code> and 43 characters) is printed once; only its SHA-256 is kept, so a lost key is replaced, not recovered. Making another key with the same name adds a key to the same platform (rotation); <code>npx jikim platform key revoke ID</code> stops a key everywhere within 5 seconds.</p>
<p>Every call carries <code>Authorization: Bearer KEY</code>. No valid key: 401 with <code>WWW-Authenticate: Bearer</code>. A key without the scope a route needs: 403.</p>
<table><caption>Scopes</caption><thead><tr><th scope="col">Scope</th><th scope="col">Opens</th></tr></thead><tbody>
<tr><td><code>match</code></td><td>Lookups (native and HMA, hashes or media), <code>/m/compare</code>, <code>/m/index/status</code>, <code>POST /h/hash</code></td></tr>
<tr><td><code>curate</code></td><td>This platform’s own banks only (<code>${HMA}/c/…</code>): make, list, add and remove contents</td></tr>
<tr><td><code>feed</code></td><td>The delta feed of banks an admin opened to partners</td></tr>
<tr><td><code>feedback</code></td><td>Reporting what you did with a match</td></tr>
<tr><td><code>inbox</code></td><td>Deletion requests counsellors addressed to your platform’s domains</td></tr>
</tbody></table>
<p><code>${HMA}/status</code> answers any valid key, whatever its scopes (for a load balancer).</p></section>`;

const LIMITS = `<section aria-labelledby="limits"><h2 id="limits">Rate limits</h2>
<p>Each key has a limit of calls per minute (6,000 unless the admin set <code>--per-minute</code>). It is counted in each server process: behind a balancer with N processes, a key may make up to N times that. Past it: 429 with <code>Retry-After</code> (seconds). A batch lookup of up to ${LOOKUP_BATCH_MAX.toLocaleString('en')} hashes counts as one call; health checks are not counted. Lookups are audited as per-key totals per minute; every other call row by row, with the key’s id and never a hash.</p></section>`;

const COMPAT = `<section aria-labelledby="hma"><h2 id="hma">HMA compatibility</h2>
<p>HMA’s OpenMediaMatch paths, parameters and JSON are served under one base URL: <code>${HMA}</code> (for example <code>${HMA}/m/lookup</code>). An HMA client changes its base URL and adds the header; one that cannot add a header can go through a small proxy that does (nginx: <code>proxy_set_header Authorization "Bearer jk_…";</code>). Errors there are HMA’s <code>{"message": …}</code>; on the native API they are <code>{"error", "message", "requestId"}</code>.</p>
<p>What differs from HMA, on purpose:</p><ul>
<li>Authentication is required (HMA has none of its own).</li>
<li><code>max_distance</code> is at most ${PLATFORM_MAX_DISTANCE}, so a victim’s hash cannot be climbed out of distances.</li>
<li>The victims’ banks, <code>${VICTIM_BANKS.confirmed}</code> (confirmed by a counsellor, with the person’s consent) and <code>${VICTIM_BANKS.unreviewed}</code> (people’s own submissions), can be matched against but are never listed, read or changed.</li>
<li>Content ids are random, not sequential.</li>
<li>No <code>GET /h/hash</code> and no <code>?url=</code>: Jikim never fetches media from a URL. Send the file itself (multipart) instead.</li>
<li>Media (<code>POST /h/hash</code>, <code>POST /m/lookup</code>, <code>POST /c/bank/NAME/content</code>) is one file part, its type read from its bytes; it is hashed and deleted, never stored.</li></ul>
<p>Beyond HMA, the native API (<code>${V1}</code>) looks up to ${LOOKUP_BATCH_MAX.toLocaleString('en')} hashes per request with <code>max_distance</code> per request, marks matches in <code>${VICTIM_BANKS.unreviewed}</code> with <code>review_before_action: true</code> (review before acting: a submission may be mistaken or abused), and pages through banks.</p></section>`;

const FEED = `<section aria-labelledby="feed"><h2 id="feed">The delta feed</h2>
<p>Matching is a service by default: hash sets are not downloadable. An admin may open a bank’s feed to trusted partners (keys with <code>feed</code>). The model is python-threatexchange’s fetch-delta:</p><ul>
<li><code>GET ${V1}/feed</code> without a cursor starts a full sync: everything current.</li>
<li>Each answer has <code>updates</code> in order, a <code>checkpoint</code> (opaque; it never moves backwards) and <code>has_more</code>. Pass the checkpoint as <code>cursor</code> next time; <code>limit</code> is ${FEED_LIMIT_DEFAULT} by default, at most ${FEED_LIMIT_MAX}.</li>
<li>An update is keyed by <code>key</code>: store or replace the signal under it. <code>signal: null</code> is a deletion: drop what you hold under that key (a person withdrew, or a content was removed).</li>
<li>The change log is kept for a limited time (30 days unless the deployment says otherwise). A checkpoint older than that answers 409 <code>stale</code>: drop your copy and fetch again without a cursor.</li></ul></section>`;

const FEEDBACK = `<section aria-labelledby="feedback"><h2 id="feedback">Feedback</h2>
<p><code>POST ${V1}/feedback</code> reports, per matched content, one of ${FEEDBACK_VALUES.map((v) => `<code>${v}</code>`).join(', ')} (your platform’s latest value counts). A content in <code>${VICTIM_BANKS.unreviewed}</code> reported as <code>false_positive</code> by 3 different platforms stops matching at once and waits for a person’s review; counsellor-confirmed hashes are never set aside automatically.</p></section>`;

const EXAMPLES = `<section aria-labelledby="examples"><h2 id="examples">Examples</h2>
<h3>Look up one PDQ hash (HMA)</h3>
${code(`curl -H "Authorization: Bearer $KEY" \\\n  "https://JIKIM_HOST${HMA}/m/lookup?signal_type=pdq&signal=$PDQ_HEX"\n# {"${VICTIM_BANKS.confirmed}":[{"bank_content_id":8465051464647710,"distance":"1"}]}`)}
<h3>Look up many hashes at once (native)</h3>
${code(`curl -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \\\n  -d '{"signals":[{"signal_type":"pdq","signal":"'$PDQ_HEX'"},{"signal_type":"md5","signal":"'$MD5_HEX'"}],"max_distance":31}' \\\n  "https://JIKIM_HOST${V1}/lookup"\n# {"results":[{"matches":[{"bank":"${VICTIM_BANKS.unreviewed}","bank_content_id":…,"distance":4,"review_before_action":true}]},{"matches":[]}]}`)}
<h3>Follow the feed</h3>
${code(`curl -H "Authorization: Bearer $KEY" "https://JIKIM_HOST${V1}/feed?limit=${FEED_LIMIT_DEFAULT}"            # full sync\ncurl -H "Authorization: Bearer $KEY" "https://JIKIM_HOST${V1}/feed?cursor=$CHECKPOINT"  # what changed since\n# {"updates":[{"key":"…","bank":"…","signal_type":null,"signal":null}],"checkpoint":"…","has_more":false}`)}
</section>`;

export const GUIDE_SECTIONS = [['ko', '한국어 요약'], ['keys', 'Getting a key'], ['limits', 'Rate limits'], ['hma', 'HMA compatibility'], ['feed', 'The delta feed'], ['feedback', 'Feedback'], ['examples', 'Examples']] as const;

export const GUIDE_HTML = [KOREAN, KEYS, LIMITS, COMPAT, FEED, FEEDBACK, EXAMPLES].join('\n');
