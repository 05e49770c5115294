/**
 * R21 `digital/mandatory-decryption` (RULES.md §4 C): a duty on service providers to hand over
 * keys, decrypt communications for the authorities, build in a way around encryption, or a ban on
 * end-to-end encryption, weakens the protection of every user's communications.
 *
 * Per clause of an operative sentence (sentences about the state's own classified or government
 * communications, `list.state-crypto`, are left out; so is a clause with an express safeguard,
 * `list.encryption-safeguard`: "nothing in this Law requires …", «не обязан», «талап етпейді»):
 * - `key-disclosure` (confidence high): `list.crypto-key` — keys (`.key`: encryption keys, means to
 *   decrypt) or decryption of content (`.decrypt`) — as a duty of an intermediary
 *   (`actor.private.provider` in the clause, sentence or chapeau) towards the authorities: a state
 *   body in the provision, a transfer verb (`list.handover.give`, `verb.access`) or an "on request"
 *   (`list.on-request`) in the clause. Decrypting for a specific person or account on a court order
 *   (`courtAuthorised` up to the provision + `list.specific-target`) is targeted and not reported;
 *   handing over the service's keys is, whatever the order.
 * - `backdoor` (confidence medium): `list.backdoor` (weaken, bypass, circumvent encryption, exceptional
 *   access), imposed on an intermediary or in a passive duty; not when a state body does it to its
 *   own systems (a state subject and no intermediary).
 * - `e2ee-ban` (confidence high): `list.e2ee` with, within `window` tokens in the clause, a
 *   prohibition or restriction (`context.clauses.restrictions`, which drops double negations), a
 *   duty to switch it off (`list.e2ee-disable`) or a negated use ("shall not offer", «не вправе
 *   применять»).
 * Negated hits and hits under a later prohibition ("disclosure of keys … is prohibited") are
 * guarantees. One finding per clause, key-disclosure first.
 */
import type { Clause, Hit, PhraseRef, RuleContext, Sentence } from "../../src/engine/api.js";
import { defineRule, tokenGap } from "../../src/engine/api.js";

const KEY = "list.crypto-key";
const KEY_ITSELF = "list.crypto-key.key";
const BACKDOOR = "list.backdoor";
const E2EE = "list.e2ee";
const DISABLE = "list.e2ee-disable";
const USE = "list.use-verb";
const STATE_CRYPTO = "list.state-crypto";
const SAFEGUARD = "list.encryption-safeguard";
const PROVIDER = "actor.private.provider";
const STATE = "actor.state";
const GIVE = "list.handover.give";
const ACCESS = "verb.access";
const ON_REQUEST = "list.on-request";
const SPECIFIC = "list.specific-target";

type SubCode = "key-disclosure" | "backdoor" | "e2ee-ban";

const MESSAGE_ID: Record<SubCode, string> = {
  "key-disclosure": "keyDisclosure",
  backdoor: "backdoor",
  "e2ee-ban": "e2eeBan",
};

/** The article each profile rests on (RULES.md R21). */
const PRINCIPLE: Record<string, string | string[]> = {
  "kz-2026": "art. 21(2)",
  "kz-1995": "art. 18(2)",
  iccpr: "art. 17",
  echr: "art. 8",
  "eu-digital": "Charter arts 7, 8, 52(1)",
};

/** Tokens between two hits (shared: `tokenGap`). */
const gap = tokenGap;

export default defineRule({
  meta: {
    id: "digital/mandatory-decryption",
    family: "digital",
    scope: "unit",
    severity: "error",
    confidence: "high",
    description:
      "A duty on service providers to hand over keys, decrypt for the authorities or build in backdoors, or a ban on end-to-end encryption.",
    docs: "rules/digital/mandatory-decryption.md",
    principle: PRINCIPLE,
    messages: {
      keyDisclosure:
        'A duty on {{holder}} to hand over keys or decrypt communications ("{{trigger}}") affects all users\' communications under {{profile}} ({{article}}); limit any duty to data the provider already holds in clear, for a named account, on a court order.',
      backdoor:
        'A duty to weaken or get round encryption ("{{trigger}}") affects all users\' communications under {{profile}} ({{article}}); remove it, or state that nothing in the law requires a provider to weaken, bypass or disclose its encryption.',
      e2eeBan:
        'A ban on end-to-end encryption ("{{trigger}}") affects all users\' communications under {{profile}} ({{article}}); remove the ban: access for an investigation must go through a court order for a named account.',
    },
    schema: {
      type: "object",
      properties: { window: { type: "integer", minimum: 1, maximum: 50 } },
      additionalProperties: false,
    },
    defaultOptions: { window: 12 },
    phrases: { serviceProviders: "service providers", privacyArticle: "its privacy article" },
    subCodes: ["key-disclosure", "backdoor", "e2ee-ban"],
  },

  create(context: RuleContext) {
    const window = typeof context.options.window === "number" ? context.options.window : 12;
    const ci = () => context.concepts;
    const cl = () => context.clauses;
    const isA = (hit: Hit, concept: string): boolean => ci().isA(hit.concept, concept);
    const pick = (hits: readonly Hit[], concept: string): Hit[] => cl().pick(hits, concept);
    const has = (hits: readonly Hit[], concept: string): boolean => hits.some((h) => isA(h, concept));
    const negated = (sentence: Sentence, hit: Hit): boolean => cl().negated(sentence, hit);

    const live = (sentence: Sentence, clause: Clause, hit: Hit): boolean =>
      !negated(sentence, hit) && !cl().guardedByProhibition(clause, hit);

    const articleFor = (): string | PhraseRef => {
      const articles = context.law.articlesFor("right.privacy.communications");
      if (articles.length > 0) return articles.map((a) => (/^\d/u.test(a) ? `art. ${a}` : a)).join(", ");
      const p = PRINCIPLE[context.profile.id];
      return Array.isArray(p) ? p.join(", ") : (p ?? { phrase: "privacyArticle" });
    };

    /** Hits of the provision around a sentence, with the chapeau of a point. */
    const around = (sentence: Sentence): Hit[] => {
      const provision = ci().provisionOf(sentence);
      const sentences = provision ? [...provision.sentences, ...cl().chapeauOf(sentence)] : [sentence];
      if (!sentences.includes(sentence)) sentences.push(sentence);
      return sentences.flatMap((s) => ci().hits(s));
    };

    const checkClause = (sentence: Sentence, clause: Clause): void => {
      const hits = clause.hits;
      if (has(hits, SAFEGUARD)) return;
      const sentenceHits = ci().hits(sentence);
      const nearby = around(sentence);
      const own = pick(hits, PROVIDER)[0] ?? pick(sentenceHits, PROVIDER)[0];
      const provider: { sentence: Sentence; hit: Hit } | undefined = own
        ? { sentence, hit: own }
        : cl()
            .chapeauOf(sentence)
            .flatMap((s) => pick(ci().hits(s), PROVIDER).map((hit) => ({ sentence: s, hit })))
            .at(0);

      let subCode: SubCode | null = null;
      let trigger: Hit | undefined;

      // key-disclosure: a provider's duty towards the authorities
      const keys = pick(hits, KEY).filter((k) => live(sentence, clause, k));
      if (keys.length > 0 && provider) {
        // "shall not disclose the keys (to the authorities)": every transfer verb negated is a guarantee
        const transfers = [...pick(hits, GIVE), ...pick(hits, ACCESS)];
        const liveTransfers = transfers.filter((t) => !negated(sentence, t));
        const towardsState =
          (transfers.length === 0 || liveTransfers.length > 0) &&
          (has(nearby, STATE) || liveTransfers.length > 0 || has(hits, ON_REQUEST));
        const targeted = has(sentenceHits, SPECIFIC) && cl().courtAuthorised(sentence, clause, "provision") !== null;
        trigger = keys.find((k) => isA(k, KEY_ITSELF) || !targeted);
        if (towardsState && trigger) subCode = "key-disclosure";
      }

      // backdoor: imposed on a provider, or a passive duty; not the state working on its own systems
      if (!subCode) {
        const backdoor = pick(hits, BACKDOOR).find((b) => live(sentence, clause, b));
        const stateSubject = backdoor && pick(hits, STATE).some((s) => s.tokenEnd <= backdoor.tokenStart);
        if (backdoor && (provider || !stateSubject)) {
          subCode = "backdoor";
          trigger = backdoor;
        }
      }

      // e2ee-ban: a prohibition, a duty to switch it off, or a negated use
      if (!subCode) {
        const restrictions = cl().restrictions(clause);
        const e2ee = pick(hits, E2EE).find((e) => {
          const near = (h: Hit) => gap(h, e) <= window;
          return (
            restrictions.some(near) ||
            pick(hits, DISABLE).some((d) => near(d) && !negated(sentence, d)) ||
            pick(hits, USE).some((u) => near(u) && negated(sentence, u))
          );
        });
        if (e2ee) {
          subCode = "e2ee-ban";
          trigger = e2ee;
        }
      }
      if (!subCode || !trigger) return;

      const base = subCode === "backdoor" ? "medium" : "high";
      // a passive duty with no provider named: one step less sure who is bound
      const confidence = cl().step(base, provider || subCode === "e2ee-ban" ? 0 : 1);
      if (!confidence) return;
      context.report({
        node: sentence,
        range: cl().clauseRange(clause),
        messageId: MESSAGE_ID[subCode],
        subCode,
        confidence,
        data: {
          trigger: cl().textOf(sentence, trigger),
          holder: provider ? { quote: cl().textOf(provider.sentence, provider.hit) } : { phrase: "serviceProviders" },
          profile: context.profile.citation,
          article: articleFor(),
        },
      });
    };

    return {
      Sentence(sentence: Sentence) {
        const c = ci();
        // most sentences say nothing of encryption: skip them before matching
        if (!c.mayHave(sentence, KEY) && !c.mayHave(sentence, BACKDOOR) && !c.mayHave(sentence, E2EE)) return;
        if (!cl().isOperative(sentence)) return;
        if (has(c.hits(sentence), STATE_CRYPTO)) return;
        for (const clause of c.clauses(sentence)) checkClause(sentence, clause);
      },
    };
  },
});
