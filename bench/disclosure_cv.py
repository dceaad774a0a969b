"""Cross-validation of the disclosure model (bot/services/safety/model.py): does the statistical second opinion add
recall on sentences nobody tuned the rules or the model on, and at what cost in false alarms?

    python -m bench.disclosure_cv                 # both experiments, tables per language, threshold choice
    python -m bench.disclosure_cv --quick         # leave-one-set-out only
    python -m bench.disclosure_cv --jobs 2 --cache cv.json  # two folds at a time; reuse folds scored before

Folds are whole sets or whole batches, never random items (the items of one batch look alike):

1. Leave one set out (disclosures, disclosures_dev, disclosures_retired): the model is trained on the other two
   and scored on the third, beside today's rules. Today's rules were tuned on all three sets, so they miss almost
   nothing here: this shows the model alone, not the value it adds.
2. Rules as they were: for each batch of sentences added to the labelled sets, the rules (code and word lists) of
   the commit before the batch, and a model trained on the labelled data of that commit (never a blind set), are
   scored on the batch. Those rules had never seen the batch either, as the next child's message will be new to
   today's rules. The second blind set, retired on 2026-12-02, is one such fold (rules of the commit before it was
   opened). The threshold is chosen here: the lowest of 0.50, 0.51, ... 0.99 whose added false alarms, pooled over
   the everyday messages of the folds whose models were trained on at least 80 % of today's examples (RECENT_SHARE;
   every fold until 2026-12-06, still printed), are at most 1 %. So is the veto (below which probability the model
   overrules a rule's disclosure): the highest of 0.01 ... 0.20 that loses at most 1 in 2,000 of the rules' finds on
   the same folds; the tables' rules+model columns show the threshold alone.

Never reads tests/data/disclosures_blind3/."""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import astuple, dataclass, replace
from pathlib import Path

import bot.devtools.train_disclosure_model as train_module
import bot.services.safety.model as model_module
import bot.services.safety.normalize as normalize_module
from bench.disclosure import LANGUAGES, matcher
from bot.devtools.train_disclosure_model import (
    LONG_WORDS,
    THRESHOLD,
    TRAINING_SETS,
    Example,
    data_files,
    load_examples,
    train,
    with_concepts,
)
from bot.services.safety import SafetyMatcher
from bot.services.safety.model import DisclosureModel
from bot.services.safety.normalize import fold
from bot.settings import PROJECT_ROOT

DATA_DIR = PROJECT_ROOT / "tests" / "data"
# (commit that added a batch, the set it went into): the rules of the commit before are scored on it. Commits whose
# message says the batch was scored at "first look", before any change made for it; the retired blind set at the
# commit that opened it.
BATCHES = (
    ("babf5a8", "disclosures_dev"), ("3826119", "disclosures_dev"), ("c5c438d", "disclosures_dev"),
    ("7b7f1db", "disclosures_dev"), ("f7c2b3d", "disclosures_dev"), ("ae45992", "disclosures_dev"),
    ("9a50f3f", "disclosures_dev"), ("ae19480", "disclosures_dev"), ("93ac983", "disclosures_dev"),
    ("a4c9641", "disclosures_retired"), ("9722f27", "disclosures_dev"), ("da9a4b7", "disclosures_dev"),
    ("65f8812", "disclosures_dev"), ("121fbe9", "disclosures_dev"), ("f50e444", "disclosures_dev"),
    ("8c009dd", "disclosures_dev"), ("8f39b93", "disclosures_dev"), ("b07adb3", "disclosures_dev"),
    # Batches 23 and 24 (match24, match25), written before any change and scored at first look; added as folds in
    # the eighth iteration (clf26). Batch 24 holds indirect disclosures without a keyword.
    ("184b324", "disclosures_dev"), ("37aa798", "disclosures_dev"),
    # Batch 25 (match26a: ar id sw ro; match26b: en fr es pt), situations without a keyword, written before any change
    # and scored at first look; added as folds after the eighth iteration chose 0.84 without them.
    ("ce92e17", "disclosures_dev"), ("636fea5", "disclosures_dev"),
    # Batch 26 (match27a: ar sw; match27b: id ro; match27c: en fr; match27d: es pt), mostly indirect disclosures and
    # hard everyday near-misses, written blind; each helper's first, data-only commit on main 4d092b0 (added as folds
    # by clf27, 2026-12-04).
    ("0765d93", "disclosures_dev"), ("904fdd4", "disclosures_dev"), ("fc100a3", "disclosures_dev"),
    ("8cddf01", "disclosures_dev"),
    # Batch 27 (write27a: ar sw; write27b: id ro; write27c: en fr; write27d: es pt, squashed on main), training data
    # for the model only (disclosures_train/), written blind and never used for rules.
    ("f303445", "disclosures_train"), ("76b849d", "disclosures_train"), ("dccbf6c", "disclosures_train"),
    ("e1b0731", "disclosures_train"),
    # Batch 28 (write28a squashed on main: ar sw; write28b: id ro; write28c: en fr; write28d: es pt), training data
    # only: short, long, all-caps, emoji and forwarded messages; games, school staff, relatives, survival exchanges.
    ("ec4d876", "disclosures_train"), ("c703c90", "disclosures_train"), ("c26b504", "disclosures_train"),
    ("e514b04", "disclosures_train"),
    # Batch 29 (write29a: ar sw; write29b: id ro; write29c: en fr; write29d: es pt, each squashed on main), training
    # data only: disclosures without the keyword (questions, minimising, self-blame, euphemisms, retractions, past
    # abuse, inside a lesson), other reporters, paid chats, mobile money, tracking, peer blackmail.
    ("a9e7086", "disclosures_train"), ("e4becfb", "disclosures_train"), ("a2dadce", "disclosures_train"),
    ("cb72bda", "disclosures_train"),
    # Batch 30 (match30a: ar sw; match30b: id ro; match30c: en fr; match30d: es pt), for the rules: mostly hard everyday
    # messages (80 per language) and 60 indirect disclosures, each helper's first, data-only commit, written blind.
    ("af64274", "disclosures_dev"), ("4797f57", "disclosures_dev"), ("89fbd31", "disclosures_dev"),
    ("eb20a6c", "disclosures_dev"),
    # Batch 31 (write31a: ar sw; write31b: id ro; write31c: en fr; write31d: es pt, each squashed on main), training
    # data only: dialects and regions the earlier batches had little of, follow-ups, disability, boys, LGBTQ youth,
    # street and domestic work, refugees, betting debts, early marriage, local platforms and money.
    ("ee78ea4", "disclosures_train"), ("508b4f9", "disclosures_train"), ("c6b106f", "disclosures_train"),
    ("f2e4d72", "disclosures_train"),
    # Batch 32 (match32a: ar; match32b: ro; match32c: id), for the rules: 80 disclosures (half without a keyword) and 80
    # everyday messages in each of the three weakest languages on the fifth blind set, written blind.
    ("bb0b60f", "disclosures_dev"), ("520dbb1", "disclosures_dev"), ("da9e292", "disclosures_dev"),
    # Batch 33 (write33a: ar sw; write33b: id ro; write33c: en fr; write33d: es pt; write33e: ar again, each squashed on
    # main), training data only: messages as they arrive mid-conversation (after small talk or a quiz, replies to a
    # lesson card, fragments, voice-to-text, "is it normal that..."), and Arabic dialect verbs and spellings.
    ("eb37a24", "disclosures_train"), ("af9c099", "disclosures_train"), ("0d61538", "disclosures_train"),
    ("10131aa", "disclosures_train"), ("00bd69f", "disclosures_train"),
    # Batch 34 (write34b: id ro; write34c: en fr; write34d: es pt; write34f: id again; write34a: ar sw; write34e: ar
    # again), training data only: how grooming and exploitation unfold and where money comes in (gifts, top-ups, webcam
    # jobs, castings, job-abroad lures, livestreams), "asking for a friend", caregivers' formal reports, the past.
    ("09b7223", "disclosures_train"), ("367acf2", "disclosures_train"), ("a46350e", "disclosures_train"),
    ("d3ee1de", "disclosures_train"), ("d07e0e4", "disclosures_train"), ("cc69da6", "disclosures_train"),
    # Batch 35 (write35a: ar sw; write35b: id ro; write35d: es pt; write35e: ar again; write35c: en fr; write35f: fr ro
    # again, African French, Moldova, Roma children), training data only: phones, apps and peers (screen-recorded
    # calls, vault apps, cloned and hacked accounts, location sharing, AirDrop to strangers, exposed pages, trading
    # channels, undress bots, voice cloning, exes, hazing).
    ("32a52e7", "disclosures_train"), ("cddafba", "disclosures_train"), ("d103481", "disclosures_train"),
    ("b18472a", "disclosures_train"), ("7debb70", "disclosures_train"), ("9edbaae", "disclosures_train"),
    # Batch 36 (write36b: id ro; write36c: en fr; write36d: es pt; write36f: id sw again; write36e: ar; write36a: ar
    # sw), training data only: home, family and the places children live and learn (relatives, domestic violence,
    # neglect, early marriage, cutting, honour threats, child domestic work, children's homes, boarding and religious
    # schools, camps, refugee hostels; police, guards, drivers, landlords), written by children with few words.
    ("68b5b22", "disclosures_train"), ("de6c2cf", "disclosures_train"), ("cedd781", "disclosures_train"),
    ("9bc00b3", "disclosures_train"), ("c7099a1", "disclosures_train"), ("da8d4df", "disclosures_train"),
    # Batch 37 (write37c: en fr; write37b: id ro; write37f: id ro again; write37e: ar; write37a: ar sw; write37d: es
    # pt), training data only: urgency and aftermath (danger right now, injuries, police and court, the abuser back
    # home, revenge for telling, pressure to drop a complaint, not believed), feelings first, "what do i do, he...".
    ("10feb7c", "disclosures_train"), ("ee0584f", "disclosures_train"), ("ddc572e", "disclosures_train"),
    ("f5c16a7", "disclosures_train"), ("93310da", "disclosures_train"), ("7145841", "disclosures_train"),
    # Batch 38 (write38a: ar, Egypt to Morocco; write38b: ar, Levant, Iraq, Gulf, Yemen; write38c: id, Java;
    # write38d: id, outside Java; write38e: sw ro; write38f: fr pt), training data only: every situation mixed, with
    # the euphemisms children use for abuse and exploitation in each language (games, special friends, sponsors, being
    # used or bothered), and everyday messages using the same euphemisms innocently.
    ("6b8f098", "disclosures_train"), ("8ec8b82", "disclosures_train"), ("9b7b51d", "disclosures_train"),
    ("f517410", "disclosures_train"), ("ce3f614", "disclosures_train"), ("c2f4a58", "disclosures_train"),
    # Batch 39 (write39d: es pt ro; write39a: ar, Egypt, Levant, Gulf; write39c: en fr; write39b: id sw; write39f: id,
    # outside Java; write39e: ar, Maghreb, Sudan, Iraq, Yemen), training data only: real threats said in games, streams
    # and group chats, disclosures wrapped in fear, doubt or jokes ("my mom will kill me if she finds out what my coach
    # did"), and everyday messages of the same shapes (trash talk, parents' joking threats, "idk if this counts").
    ("7ef0685", "disclosures_train"), ("903a314", "disclosures_train"), ("eea541c", "disclosures_train"),
    ("c392a1c", "disclosures_train"), ("4622f37", "disclosures_train"), ("ad7068f", "disclosures_train"),
    # Batch 40 (write40g: pt fr; write40e: id outside Java; write40d: id, Java; write40h: en es; write40a: ar, Egypt and
    # Sudan; write40b: ar, Levant and Iraq; write40f: sw ro; write40c: ar, Maghreb and Yemen), training data only: one
    # region's teenagers telling a friend about daily life and what goes wrong in it, many very short or in pieces,
    # with local places, apps and money; everyday messages from the same settings.
    ("3725b81", "disclosures_train"), ("1ea7cce", "disclosures_train"), ("8eb40e6", "disclosures_train"),
    ("3e66c93", "disclosures_train"), ("d132934", "disclosures_train"), ("2571f27", "disclosures_train"),
    ("8fb762d", "disclosures_train"), ("a952760", "disclosures_train"),
    # Batch 41 (match41a: id; match41e: en pt; match41b: ar; match41c: fr es; match41d: sw ro), for the rules: 40
    # disclosures and 80 everyday messages (mostly hard negatives) per language, each helper's first, data-only commit,
    # written blind before the rules' false alarms were fixed by class.
    ("808ab03", "disclosures_dev"), ("8d946c0", "disclosures_dev"), ("2f4ce86", "disclosures_dev"),
    ("3473a09", "disclosures_dev"), ("22f367d", "disclosures_dev"),
    # Batch 42 (write42a: id; write42f: ro; write42c: fr; write42e: sw; write42g: en; write42d: es; write42b: ar;
    # write42h: pt), training data only: 150 everyday messages per language using the words of harm harmlessly in
    # every setting of daily life, and 50 disclosures that look like them.
    ("afb8dbe", "disclosures_train"), ("3334b9c", "disclosures_train"), ("0d2dd13", "disclosures_train"),
    ("d17e97e", "disclosures_train"), ("6900c0b", "disclosures_train"), ("7e74020", "disclosures_train"),
    ("9c69a05", "disclosures_train"), ("0ed1937", "disclosures_train"),
    # Batch 43 (write43a: en; write43b: fr; write43c: es; write43d: pt; write43e: ar, Egypt, Sudan, Levant, Iraq, Gulf;
    # write43f: ar, Maghreb, Mauritania, Yemen, Oman; write43g: id; write43h: sw; write43i: ro), training data only:
    # 15 invented people per writer (teenagers, a parent, an older sibling, a teacher or youth worker), each with their
    # region and way of typing, and what they would send: 100 disclosures (half or more indirect) and 150 everyday
    # messages (half hard negatives) per writer.
    ("de2bdb6", "disclosures_train"), ("cd4a36b", "disclosures_train"), ("7d10514", "disclosures_train"),
    ("f9dd2e2", "disclosures_train"), ("1a6b0fa", "disclosures_train"), ("5f7db8e", "disclosures_train"),
    ("aa85c12", "disclosures_train"), ("cf1f710", "disclosures_train"), ("b15d523", "disclosures_train"),
    # Batch 44 (write44a: en; write44b: fr; write44c: es; write44d: pt; write44e: ar, Egypt, Sudan, Gaza, refugees in
    # Lebanon and Jordan, Iraq, Gulf; write44f: ar, Maghreb, Libya, Yemen, refugees in Germany; write44g: id; write44h:
    # sw), training data only: personas again, of people writers often leave out (boys, the youngest, rural and working
    # teenagers, religious communities, migrants and refugees, disability, LGBTQ, children in care, hurried or formal
    # parents); 80 disclosures and 170 everyday messages per writer (Arabic 120 and 130).
    ("de9cc0f", "disclosures_train"), ("4812a5a", "disclosures_train"), ("aa7c6b3", "disclosures_train"),
    ("e569ad7", "disclosures_train"), ("bf94982", "disclosures_train"), ("d2b9472", "disclosures_train"),
    ("286e0ec", "disclosures_train"), ("734eb75", "disclosures_train"),
    # Batch 45 (write45a: en; write45b: fr; write45c: es; write45d: pt; write45e: ar; write45f: id; write45g: sw;
    # write45h: ro), training data only: personas with lively, messy everyday lives (siblings, joking parents, roasts,
    # games, teams, youth groups, selling online, crime series, drill, heartbreak, doctors, scams and hacked accounts);
    # 200 everyday messages (two thirds hard negatives) and 50 disclosures that look like them per writer.
    ("b8985ca", "disclosures_train"), ("2ec6f7d", "disclosures_train"), ("ff71924", "disclosures_train"),
    ("fc896ed", "disclosures_train"), ("5797c95", "disclosures_train"), ("855b1ef", "disclosures_train"),
    ("257034b", "disclosures_train"), ("553a224", "disclosures_train"),
    # Batch 46 (match46a: id; match46b: ro), for the rules: 40 look-alike disclosures and 200 everyday messages (mostly
    # hard negatives from messy daily lives) per language, each helper's first, data-only commit, written blind before
    # the rules' false alarms were fixed by class.
    ("a5d9d21", "disclosures_dev"), ("8f125f6", "disclosures_dev"),
    # Batch 47 (match47a: fr; match47b: sw; match47c: en; match47d: pt; match47e: es), the same for five more
    # languages: each helper's data-only first commit. Then batch 47's check (check47a: id; check47b: ro), training
    # data only: 40 disclosures and 200 everyday messages per language from 15 invented writers, written after batch
    # 46's fixes to see whether those carried to other writers.
    ("2190970", "disclosures_dev"), ("6d85386", "disclosures_dev"), ("7392b16", "disclosures_dev"),
    ("c4e2424", "disclosures_dev"), ("7176589", "disclosures_dev"),
    ("2144982", "disclosures_train"), ("ed602b1", "disclosures_train"),
    # Batch 47 for Arabic (match47f), then the check batches for the six languages batch 47 fixed (check47c: fr;
    # check47d: sw; check47e: en; check47f: pt; check47g: es; check47h: ar), written after those fixes.
    ("72e8ba7", "disclosures_dev"),
    ("8a4237a", "disclosures_train"), ("f0cb351", "disclosures_train"), ("f7d5106", "disclosures_train"),
    ("95683ec", "disclosures_train"), ("ae038c5", "disclosures_train"), ("8746d0d", "disclosures_train"),
    # Batch 48 (write48a: ar sw; write48b: id ro; write48c: en fr; write48d: es pt, each squashed on main), training
    # data only: 120 disclosures and 120 everyday messages per language, half indirect, harm written next to games,
    # jokes, selling, school, sport and chores, online people asking for photos; hard negatives from the same settings.
    ("e05fac4", "disclosures_train"), ("5e75bf7", "disclosures_train"), ("77676df", "disclosures_train"),
    ("2df89f1", "disclosures_train"),
    # Batch 49 (write49a: en; write49b: fr; write49c: es; write49d: pt; write49e: ar; write49f: id; write49g: sw;
    # write49h: ro, each squashed on main), training data only: 15 invented writers per language (11 teenagers of
    # different regions and ways of typing, 2 carers, an older sibling or cousin, a teacher or coach), 150 disclosures
    # (half or more indirect) and 150 everyday messages (at least 110 hard negatives) each.
    ("4816346", "disclosures_train"), ("328a0f5", "disclosures_train"), ("310e82d", "disclosures_train"),
    ("45df5ee", "disclosures_train"), ("c2cc9bf", "disclosures_train"), ("816aeb4", "disclosures_train"),
    ("9cd1567", "disclosures_train"), ("115e24a", "disclosures_train"),
    # Batch 50 (write50a: en; write50b: fr; write50c: es; write50d: pt; write50e: ar; write50f: id; write50g: sw;
    # write50h: ro, each squashed on main), training data only: harm minimised and disguised (laughter around it, "its
    # nothing", "is it normal", punishment for ordinary reasons told as normal, injuries without the word for hitting,
    # buyers wanting pictures of the seller, gifts with strings) and everyday messages of the same shapes; 150 and 150
    # per language from 12 invented writers.
    ("300cebd", "disclosures_train"), ("0da2e68", "disclosures_train"), ("12fef1f", "disclosures_train"),
    ("30bf615", "disclosures_train"), ("77c2290", "disclosures_train"), ("fab1b61", "disclosures_train"),
    ("dc2af1d", "disclosures_train"), ("21e5ff0", "disclosures_train"),
    # Batch 51 (write51en, fr, es, pt, ar, id, sw, ro, each squashed on main), training data only: what people type to
    # the bot while using it, in the middle of lessons and quizzes on its own topics (sextortion, nudes, grooming, AI
    # nudes, scams, bullying): disclosures a lesson card brings up, told as a question about the topic, next to a quiz
    # answer or joked; everyday reactions, questions and news about those topics; 150 and 150 per language (id 100
    # and 200).
    ("b27e9a6", "disclosures_train"), ("7bdf4da", "disclosures_train"), ("a2c3d13", "disclosures_train"),
    ("1c2ec8b", "disclosures_train"), ("59c39c3", "disclosures_train"), ("55699b7", "disclosures_train"),
    ("46f16da", "disclosures_train"), ("768c793", "disclosures_train"),
    # Batch 52 (check52en, fr, es, pt, ar, id, sw, ro, each squashed on main), training data only: the same class as
    # batch 51 from other writers, without example sentences: 14 invented users per language over a month of lessons,
    # quizzes and check-ins; 120 disclosures and 150 everyday per language (id 80 and 200).
    ("972373d", "disclosures_train"), ("4a9c17a", "disclosures_train"), ("c5f8b04", "disclosures_train"),
    ("5e78cf9", "disclosures_train"), ("c5054b5", "disclosures_train"), ("21d7083", "disclosures_train"),
    ("6989dc8", "disclosures_train"), ("fc9b646", "disclosures_train"),
    # Batch 53 (named53en, fr, es, pt, ar, id, sw, ro, each squashed on main), training data only: disclosures that
    # name the harm outright (sextortion, blackmail, grooming, deepfake, nudify, leaked nudes, revenge porn, stalking),
    # half of them 2-8 words, a quarter from caregivers; everyday messages naming the same words away from lessons
    # (dog grooming, the news, slang); 70 and 30 per language.
    ("9e5c380", "disclosures_train"), ("91a0719", "disclosures_train"), ("2b11317", "disclosures_train"),
    ("29f452f", "disclosures_train"), ("5656670", "disclosures_train"), ("67eef03", "disclosures_train"),
    ("ee60231", "disclosures_train"), ("24bbc18", "disclosures_train"),
    # Batch 54 (check54en, fr, es, pt, ar, id, sw, ro, each squashed on main), training data only: the harm named as a
    # word (blackmail, sextortion, grooming, deepfake, nudify, revenge porn) in disclosures, half of them 1-8 words, and
    # in lesson and quiz talk, the news, films and the words' other meanings (pets, beards, a parent's guilt trip); 60
    # and 90 per language.
    ("38d0fc1", "disclosures_train"), ("c99cbfc", "disclosures_train"), ("5d3e40f", "disclosures_train"),
    ("9387375", "disclosures_train"), ("591413f", "disclosures_train"), ("cfd3073", "disclosures_train"),
    ("1ef5a9c", "disclosures_train"), ("93a0ec0", "disclosures_train"),
    # Batch 55 (every55en, fr, es, ar, sw, ro, id, id2; each squashed on main, id2 appended from its file), training
    # data only: everyday life with risky words used harmlessly (120 per writer, half of them hard negatives) and
    # indirect disclosures in the same voice (40), none naming the harm; Indonesian twice (Jakarta, Bandung, Surabaya,
    # Medan; and Javanese and Sundanese towns, Makassar, Manado, Kupang, Papua, Aceh), no Portuguese.
    ("0fcebff", "disclosures_train"), ("3f62ca9", "disclosures_train"), ("e2a384f", "disclosures_train"),
    ("55c978d", "disclosures_train"), ("5e678af", "disclosures_train"), ("676f6ba", "disclosures_train"),
    ("95c61a7", "disclosures_train"), ("f9b70c4", "disclosures_train"),
    # Batch 56 (every56en, fr, es, pt, ar, id, sw, ro, each squashed on main), training data only: online and home
    # life (harmless DMs from strangers, accounts and settings, group-chat drama and screenshots, discipline at home,
    # puberty, doctors) with risky words used harmlessly, and indirect disclosures told half-joking, short or
    # hesitant; 120 and 40 per language.
    ("4bc92c8", "disclosures_train"), ("ad74651", "disclosures_train"), ("4d5b9c0", "disclosures_train"),
    ("945360b", "disclosures_train"), ("f2ae090", "disclosures_train"), ("6a739a8", "disclosures_train"),
    ("8f41d67", "disclosures_train"), ("f963427", "disclosures_train"),
    # Batch 57 (check57en, fr, es, pt, ar, id, sw, ro, each squashed on main), training data only: batch 56's theme
    # (online and home life) from other writers, to see whether training on 56 carried; 120 and 40 per language.
    ("99b736c", "disclosures_train"), ("04c9433", "disclosures_train"), ("2dfe0e3", "disclosures_train"),
    ("5c2f281", "disclosures_train"), ("b1ec9c6", "disclosures_train"), ("32bf85f", "disclosures_train"),
    ("3b846b8", "disclosures_train"), ("7f4c825", "disclosures_train"),
    # Batch 58 (every58en, fr, es, pt, ar, id, sw, ro, each appended on main), training data only: everyday life
    # (school, sport, religion and family gatherings, health and puberty, crushes and exes, memes and AI filters, money
    # and selling online, caregivers' and teachers' questions), 120 per language with 70 or more risky words, and 40
    # disclosures in the same voices.
    ("33a40f6", "disclosures_train"), ("93822b0", "disclosures_train"), ("5272c4c", "disclosures_train"),
    ("1144173", "disclosures_train"), ("56839ce", "disclosures_train"), ("97142eb", "disclosures_train"),
    ("50cc236", "disclosures_train"), ("93d0d1b", "disclosures_train"),
    # Batch 59 (check59en, fr, es, pt, ar, id, sw, ro, each appended on main), training data only: batch 58's theme from
    # other writers, most of them from smaller towns, to see whether training on 58 carried; 120 and 40 per language.
    ("e856a7d", "disclosures_train"), ("d4bfb13", "disclosures_train"), ("0f6f3ce", "disclosures_train"),
    ("6562a70", "disclosures_train"), ("2deff0c", "disclosures_train"), ("970bd5f", "disclosures_train"),
    ("fa3bab9", "disclosures_train"), ("c8de0fa", "disclosures_train"),
    # Batch 60 (every60fr, id, id2, id3, pt, ro, ro2, sw, each appended on main), training data only: everyday life of
    # every kind (90 or more risky words in 120 per writer, 8 questions about a topic) and 40 disclosures, Indonesian
    # three times (Jakarta; Java and Sunda; the other islands) and Romanian twice (cities; villages, Moldova, diaspora),
    # the two languages with the most false alarms on the eighth blind set.
    ("a51926b", "disclosures_train"), ("5e75ad2", "disclosures_train"), ("dd34757", "disclosures_train"),
    ("6ab9363", "disclosures_train"), ("ee70b3d", "disclosures_train"), ("4ca75d0", "disclosures_train"),
    ("4fc92aa", "disclosures_train"), ("89f62be", "disclosures_train"),
    # Batch 61 (every61en, es, pt, ar, id, id2, ro, ro2, each appended on main), training data only: batch 60's brief
    # with more double-sense words named to the writers (beaten in a game, killed it, burn, shoot a photo, touching),
    # Indonesian and Romanian twice each.
    ("b920617", "disclosures_train"), ("0e92255", "disclosures_train"), ("2532336", "disclosures_train"),
    ("90afc86", "disclosures_train"), ("d7abdd9", "disclosures_train"), ("ccc08f6", "disclosures_train"),
    ("4d02ce8", "disclosures_train"), ("4d631b4", "disclosures_train"),
    # Batch 62 (disc62ar, ar2, ar3, pt, id, each appended on main), training data only: 70 disclosures per writer, at
    # most a fifth naming the harm, a third of 3-8 words, and 50 everyday messages; Arabic three times (the Maghreb;
    # Egypt and the Levant; the Gulf, Iraq, Yemen, Sudan and Libya), for the language whose recall rests on the model.
    ("6ccc89e", "disclosures_train"), ("4abe4d1", "disclosures_train"), ("70cf573", "disclosures_train"),
    ("5e7243a", "disclosures_train"), ("e3cdf0c", "disclosures_train"),
    # Batch 63 (disc63en, fr, es, sw, ro, each appended on main), training data only: batch 62's brief (mostly
    # indirect disclosures) for the languages it left out.
    ("2269de0", "disclosures_train"), ("f46cd60", "disclosures_train"), ("4a5484f", "disclosures_train"),
    ("e0fc594", "disclosures_train"), ("878c23a", "disclosures_train"),
    # Batch 64 (every64en, fr, es, pt, ar, id, sw, ro, each appended on main), training data only: 60 disclosures per
    # writer, at most a fifth naming the harm, and 90 everyday messages, 70 or more with a risky word in a harmless
    # sense (sport scores, family secrets and surprises, fear of ordinary things, fines, photos, pocket money).
    ("aa14a6c", "disclosures_train"), ("0de8b76", "disclosures_train"), ("512acd6", "disclosures_train"),
    ("6fb82a3", "disclosures_train"), ("e85458e", "disclosures_train"), ("5d65ecb", "disclosures_train"),
    ("f238ce2", "disclosures_train"), ("408b4a6", "disclosures_train"),
    # Batch 65 (b65fr, ro, pt, pt2, id, id2, ar, ar2, each appended on main), training data only: 60 disclosures per
    # writer (a third of 2-7 words, a third of 25-60 words with the hint inside other talk) and 90 everyday messages,
    # half ordinary chat; Portuguese, Indonesian and Arabic twice, the languages with the lowest recall on the ninth
    # blind set and on batch 62.
    ("f41084f", "disclosures_train"), ("d5bf9d3", "disclosures_train"), ("44680b0", "disclosures_train"),
    ("b5bf8e8", "disclosures_train"), ("37e8ad8", "disclosures_train"), ("4abeac3", "disclosures_train"),
    ("e06c009", "disclosures_train"), ("2c918cc", "disclosures_train"),
    # Batch 66 (chat66en, fr, es, pt, ar, id, sw, ro, each appended on main), training data only: 40 disclosures per
    # writer (at most 8 naming the harm) and 110 everyday messages, 80 of them ordinary chat with no risky word
    # (feelings, friends, family, school, talk to the bot), where batch 65's first look showed the model's own alarms.
    ("825d47b", "disclosures_train"), ("d4a5de8", "disclosures_train"), ("15f0569", "disclosures_train"),
    ("d6c1bd7", "disclosures_train"), ("789d1b4", "disclosures_train"), ("19a8a3a", "disclosures_train"),
    ("d86e949", "disclosures_train"), ("e5b8d6b", "disclosures_train"),
    # Batch 67 (week67en, fr, fr2, es, ar, pt, id, ro, each appended on main), training data only: 50 disclosures (half
    # indirect) and 100 everyday messages per writer, as a help bot's week would bring them; French twice (Europe and
    # the Maghreb; West and Central Africa, Madagascar, Haiti), the language with the most false alarms on the ninth
    # set's fourth run.
    ("17eb793", "disclosures_train"), ("8b599a5", "disclosures_train"), ("fcd04cd", "disclosures_train"),
    ("7f4717c", "disclosures_train"), ("e5029e8", "disclosures_train"), ("7d84bcc", "disclosures_train"),
    ("2a6de3c", "disclosures_train"), ("2a6b5fc", "disclosures_train"),
    # Batch 68 (idiom68en, es, es2, es3, id, id2, ro, ar, each appended on main), training data only: 40 disclosures
    # and 110 everyday messages per writer, 80 or more with a risky word in an idiom or double sense (no more than four
    # on one); Spanish three times and Indonesian twice, the languages with the most false alarms on the tenth set's
    # first run.
    ("85426a7", "disclosures_train"), ("bdeedbd", "disclosures_train"), ("087493f", "disclosures_train"),
    ("cc12f3c", "disclosures_train"), ("38737b0", "disclosures_train"), ("c67b597", "disclosures_train"),
    ("7da0bf5", "disclosures_train"), ("54d90f0", "disclosures_train"),
    # Batch 69 (b69: ar, en, es69a, es69b, fr, id69a, id69b, pt, each appended on main), training data only: 40
    # disclosures and 90 everyday messages per writer, 60 or more of them risky words in a harmless sense; first look
    # 0.972 / 0.031.
    ("86d86e9", "disclosures_train"), ("5a4200d", "disclosures_train"), ("449546b", "disclosures_train"),
    ("6e9de14", "disclosures_train"), ("05a890a", "disclosures_train"), ("0f2878e", "disclosures_train"),
    ("1db4cb6", "disclosures_train"), ("49319e4", "disclosures_train"),
    # Batch 70 (b70: ar70a, ar70b, en, fr, id, pt, ro, sw, each appended on main), training data only: 60 disclosures
    # (45 or more indirect, no keyword) and 70 everyday messages that look like them; first look 0.858 / 0.073.
    ("bc84045", "disclosures_train"), ("b74266d", "disclosures_train"), ("c43b47c", "disclosures_train"),
    ("f93e856", "disclosures_train"), ("8006e20", "disclosures_train"), ("5e15fad", "disclosures_train"),
    ("f0b11b0", "disclosures_train"), ("5c3d484", "disclosures_train"),
    # Batch 71 (b71: ar, en, es71a, es71b, es71c, id71a, id71b, ro, each appended on main), training data only, with the
    # tenth blind set's brief (90 disclosures by kind, 80 everyday messages, 50-55 of them hard negatives, 10
    # borderline); Spanish three times and Indonesian twice; first look 0.972 / 0.030.
    ("17cc039", "disclosures_train"), ("ea6350b", "disclosures_train"), ("61fb402", "disclosures_train"),
    ("758ccca", "disclosures_train"), ("1cef6d8", "disclosures_train"), ("9fe45f2", "disclosures_train"),
    ("1241f11", "disclosures_train"), ("b821588", "disclosures_train"),
    # Batch 72 (b72: ar, en, es, fr, id, pt, ro, sw, each appended on main), training data only, with batch 71's brief
    # from eight more writers; first look 0.974 / 0.028.
    ("016e0d1", "disclosures_train"), ("f7dd289", "disclosures_train"), ("f3bb955", "disclosures_train"),
    ("cdab122", "disclosures_train"), ("5e323b6", "disclosures_train"), ("97869e4", "disclosures_train"),
    ("230f2cb", "disclosures_train"), ("335e7a3", "disclosures_train"),
    # Batch 73 (b73: ar, en, es73a, es73b, fr, id73a, id73b, pt, each appended on main), training data only: 60
    # disclosures and 100 everyday messages per writer, 70-75 of them hard negatives (no more than three on one word);
    # first look 0.974 / 0.035.
    ("c341606", "disclosures_train"), ("9cd51c1", "disclosures_train"), ("6c7ef98", "disclosures_train"),
    ("9cf6422", "disclosures_train"), ("c74eaf9", "disclosures_train"), ("c54ae48", "disclosures_train"),
    ("d0fb603", "disclosures_train"), ("87f78f4", "disclosures_train"),
    # Batch 74 (b74: ar74a, ar74b, ar74c, en, fr, id, pt, sw, each appended on main), training data only, with batch
    # 73's brief: Arabic three times (Egypt and Sudan; the Levant, Iraq and the Gulf; the Maghreb), alay, caregivers
    # and teachers in English, African French and Portuguese; first look 0.957 / 0.038.
    ("50eb166", "disclosures_train"), ("953fb68", "disclosures_train"), ("8cc0697", "disclosures_train"),
    ("adf567f", "disclosures_train"), ("0d859a7", "disclosures_train"), ("141f602", "disclosures_train"),
    ("4c61cc2", "disclosures_train"), ("6c212dc", "disclosures_train"),
    # Batch 75 (b75: ar75a, ar75b, en, es, fr, id, pt, ro, each appended on main), training data only, with batch 73's
    # brief; first look 0.976 / 0.033.
    ("f1a6497", "disclosures_train"), ("ce698d1", "disclosures_train"), ("0a834d3", "disclosures_train"),
    ("c90b7de", "disclosures_train"), ("eb0a0af", "disclosures_train"), ("59c2d14", "disclosures_train"),
    ("6a65a80", "disclosures_train"), ("694922a", "disclosures_train"),
    # Batch 76 (b76: ar76a, ar76b, en, es, fr, id, pt, ro, each appended on main), training data only, with batch 73's
    # brief and named classes of hard negatives (cooking, sport, weather, board games); first look 0.966 / 0.043.
    ("90a3aa4", "disclosures_train"), ("170fe6e", "disclosures_train"), ("e8f32d1", "disclosures_train"),
    ("b8b5cd5", "disclosures_train"), ("23cf62f", "disclosures_train"), ("5226df3", "disclosures_train"),
    ("0d103e4", "disclosures_train"), ("8f5de14", "disclosures_train"),
    # Batch 77 (b77: ar77a, ar77b, ar77c, en, es, id, pt, sw, each appended on main), training data only, batch 76's
    # brief with Arabic three times; first look 0.968 / 0.054.
    ("975ea9d", "disclosures_train"), ("1e6c7b7", "disclosures_train"), ("109ade2", "disclosures_train"),
    ("ce24632", "disclosures_train"), ("672cc64", "disclosures_train"), ("f98c3e7", "disclosures_train"),
    ("88d4b29", "disclosures_train"), ("6056dc1", "disclosures_train"),
    # Batch 78 (b78: ar78a-d, each appended on main), training data only, Arabic only: 40 disclosures and 130 everyday
    # messages per writer (95-100 hard negatives); first look 0.961 / 0.041.
    ("8be6ab9", "disclosures_train"), ("d2341e3", "disclosures_train"), ("ea91322", "disclosures_train"),
    ("0740e41", "disclosures_train"),
    # Batch 79 (b79: en b79a, b79b, ar b79c, b79d, each appended on main), training data only, English and Arabic (the
    # two languages above 0.03 false positives on the eleventh blind set): 60 disclosures and 100 everyday messages per
    # writer, 75 hard negatives in named classes (punishments, sport, games, lyrics, first aid, chores, pets, sending
    # homework); first look 0.950 / 0.043.
    ("3f4b31a", "disclosures_train"), ("6f655dc", "disclosures_train"), ("77117d9", "disclosures_train"),
    ("ec3175d", "disclosures_train"),
    # Batch 80 (b80: en fr es pt ar id sw ro, each appended on main), training data only, batch 79's brief with regions
    # wider than the earlier batches' (Kenyan and Caribbean English, Quebec and Belgium, Peru and Chile, Iraqi and
    # Libyan Arabic, Javanese and Sundanese mixing, Congolese Swahili, Moldova); first look 0.971 / 0.034.
    ("c20f567", "disclosures_train"), ("d3f755a", "disclosures_train"), ("544a74c", "disclosures_train"),
    ("19db73b", "disclosures_train"), ("37842ae", "disclosures_train"), ("718a66b", "disclosures_train"),
    ("503ff2f", "disclosures_train"), ("63c5adb", "disclosures_train"),
    # Batch 81 (b81: ar b81ar1, b81ar2, en, es, fr, id, ro, each appended on main), training data only, for what the
    # twelfth blind set's first runs found weak (Arabic recall, Romanian, French; false positives in French and
    # Indonesian): batch 80's brief, Iraqi and Tunisian Arabic twice, hard negatives stressed in fr and id; first look
    # 0.980 / 0.034 (Iraqi and Tunisian Arabic 0.931 / 0.054).
    ("762aef4", "disclosures_train"), ("6b30889", "disclosures_train"), ("3a8db43", "disclosures_train"),
    ("93dfe2a", "disclosures_train"), ("2a184ec", "disclosures_train"), ("dbec03f", "disclosures_train"),
    ("3b8dfb9", "disclosures_train"),
    # Batch 82 (b82: ar b82ar1 Maghreb, b82ar2 Egypt and the Levant, b82ar3 Gulf, Iraq, Yemen and Sudan; fr b82fr1
    # Europe and Quebec, b82fr2 Africa; id; ro b82ro1 Romania, b82ro2 Moldova and the diaspora; each appended on main),
    # training data only, for the same weak spots as batch 81 after the twelfth set's run 3; first look 0.972 / 0.026.
    ("1749144", "disclosures_train"), ("3e529b7", "disclosures_train"), ("9bd3c3f", "disclosures_train"),
    ("00fe96a", "disclosures_train"), ("65c14aa", "disclosures_train"), ("2aaf5dd", "disclosures_train"),
    ("e70178c", "disclosures_train"), ("61ab356", "disclosures_train"),
    # Batch 83 (b83: ar b83ar1 Levantine and Egyptian Arabizi, b83ar2 Gulf, Iraq, Yemen, Sudan, Libya, Algeria in
    # script; fr b83fr1 Europe, the DOM and Quebec, b83fr2 Africa and Haiti; id b83id1 Indonesia, b83id2 Malaysia and
    # the outer islands; ro b83ro1 Romania, b83ro2 Moldova and the diaspora; each appended on main), training data
    # only, disclosures mostly indirect; first look 0.968 / 0.029.
    ("f60af2f", "disclosures_train"), ("ebc9433", "disclosures_train"), ("32bbb68", "disclosures_train"),
    ("9cb0df9", "disclosures_train"), ("ee5dc01", "disclosures_train"), ("c9932d2", "disclosures_train"),
    ("9bed780", "disclosures_train"), ("75297e2", "disclosures_train"),
    # Batch 84 (b84: ar b84ar1 the Maghreb, b84ar2 Egypt, Sudan and the Levant, b84ar3 the Gulf, Iraq and Yemen; fr
    # b84fr1 Europe, the DOM and Quebec, b84fr2 Africa, Haiti and the Maghreb; id; ro; each appended on main),
    # training data only, after the twelfth set was spent (Arabic, French and Romanian recall under 0.95 at every run)
    # and the thirteenth set's first run (Arabic false positives 3 of 72); a parent's joked threat of a beating named
    # among the hard negatives; first look 0.960 / 0.042.
    ("959b680", "disclosures_train"), ("b531d98", "disclosures_train"), ("9aa4667", "disclosures_train"),
    ("2c40b26", "disclosures_train"), ("5d225ce", "disclosures_train"), ("83d7aa8", "disclosures_train"),
    ("3398678", "disclosures_train"),
    # Batch 85 (b85: ar b85ar1 Egypt, Sudan and Libya, b85ar2 the Levant and Iraq, b85ar3 the Gulf, Yemen and the
    # Maghreb; en; es; pt; sw; id Malaysia, Brunei and eastern Indonesia; each appended on main), training data only,
    # the everyday part stressed for Arabic (the thirteenth set's run 1: Arabic false positives 3 of 72); first look
    # 0.960 / 0.042 (Arabic 0.967 / 0.069).
    ("692abd0", "disclosures_train"), ("6f52f81", "disclosures_train"), ("7ad100a", "disclosures_train"),
    ("83682c1", "disclosures_train"), ("205356c", "disclosures_train"), ("be0fbb8", "disclosures_train"),
    ("060c9d1", "disclosures_train"), ("a5bb2c7", "disclosures_train"),
    # Batch 86 (b86: one writer per language, en fr es pt ar id sw ro, each appended on main), training data only,
    # about half the disclosures written by parents, grandparents, teachers and counsellors about a child, and
    # their everyday messages (parenting questions, lessons, the news, injuries, punishments); first look with the
    # threshold 0.64: 0.981 / 0.037.
    ("ed56239", "disclosures_train"), ("575197d", "disclosures_train"), ("0ef4d7d", "disclosures_train"),
    ("7b3aa30", "disclosures_train"), ("fd964b1", "disclosures_train"), ("3479c40", "disclosures_train"),
    ("954b9d7", "disclosures_train"), ("e9166e0", "disclosures_train"),
    # Batch 87 (b87: one writer per language, each appended on main), training data only, two thirds of the
    # disclosures indirect (no word for the harm) and everyday messages with the same vague words; first look at
    # 0.64 / 0.08: 0.971 / 0.048.
    ("669107a", "disclosures_train"), ("66235a9", "disclosures_train"), ("b6e07e0", "disclosures_train"),
    ("22773d7", "disclosures_train"), ("c4b6975", "disclosures_train"), ("bbcebdc", "disclosures_train"),
    ("57ec7fd", "disclosures_train"), ("61e7c66", "disclosures_train"),
    # Batch 88 (b88: one writer per language, each appended on main), training data only, vague words: disclosures
    # that never name the act ("things", "stuff", "weird", "what he does") and everyday messages with the same words
    # (a player, a teacher, a little brother doing weird things); first look at 0.65 / 0.08: 0.998 / 0.117.
    ("08dfab8", "disclosures_train"), ("d116f6a", "disclosures_train"), ("7c1166c", "disclosures_train"),
    ("146903f", "disclosures_train"), ("e2f45d6", "disclosures_train"), ("b1986d6", "disclosures_train"),
    ("9726aa9", "disclosures_train"), ("8a635ec", "disclosures_train"),
    # Batch 89 (b89: one writer per language, each appended on main), training data only, written from the fourteenth
    # blind set's regions (never its items), dialect words first; first look at 0.71 / 0.07: 0.967 / 0.055.
    ("0404a90", "disclosures_train"), ("c0da48d", "disclosures_train"), ("33f01b5", "disclosures_train"),
    ("ead6caf", "disclosures_train"), ("47d8416", "disclosures_train"), ("8b26fd9", "disclosures_train"),
    ("cd5cf86", "disclosures_train"), ("10662a3", "disclosures_train"),
    # Batch 90 (b90: one writer per language, each appended on main), training data only, the fourteenth set's regions
    # again with indirect disclosures first (a grown-up who "does things", comes at night, says it is normal) and
    # friends' and caregivers' reports; first look at 0.70 / 0.07: 0.985 / 0.034.
    ("f35cdaf", "disclosures_train"), ("9149d86", "disclosures_train"), ("004314b", "disclosures_train"),
    ("98728fe", "disclosures_train"), ("911d807", "disclosures_train"), ("cc241bb", "disclosures_train"),
    ("aa95af9", "disclosures_train"), ("7b03194", "disclosures_train"),
    # Batch 91 (b91: en, es, fr twice, sw, each appended on main), training data only, for the fourteenth set's weak
    # spots after its run 4 (English and French recall, French, Swahili and Spanish false positives): vague words in
    # both lists; first look at 0.68 / 0.08: 0.983 / 0.042.
    ("d9ada69", "disclosures_train"), ("376e868", "disclosures_train"), ("3727de3", "disclosures_train"),
    ("dc3f4e8", "disclosures_train"), ("387f7ad", "disclosures_train"),
    # Batch 92 (b92: en twice, id, ro, each appended on main), training data only, for the fifteenth set's weak spots
    # after its run 1 (English recall, Indonesian false positives) and Romanian: half-told disclosures, a question that
    # is really one; first look at 0.68 / 0.07: 0.992 / 0.045.
    ("007a33e", "disclosures_train"), ("061df63", "disclosures_train"), ("167cab6", "disclosures_train"),
    ("34c99d8", "disclosures_train"),
    # Batch 93 (b93: en twice, pt, id, es, ar, each appended on main), training data only, for the fifteenth set's
    # weak spots after its run 2 (English recall; Portuguese and Indonesian false positives, whose writers wrote 90 or
    # more risky words in 100 everyday messages): ordinary teens' texting, English as a second language and from less
    # heard regions; first look at 0.68 / 0.06: 0.983 / 0.047.
    ("d4b6dd6", "disclosures_train"), ("fe217f4", "disclosures_train"), ("e139b8e", "disclosures_train"),
    ("3250d78", "disclosures_train"), ("8945b7d", "disclosures_train"), ("6179850", "disclosures_train"),
    # Batch 94 (b94: en twice, ro, ar, fr, each appended on main), training data only, after the fifteenth set's run 3
    # (English recall 0.933): English in group-chat voice with the harm only hinted at, and adults describing signs they
    # saw; Romanian, Arabizi-heavy Arabic, French SMS style; first look at 0.67 / 0.09: 0.960 / 0.046.
    ("883ffb7", "disclosures_train"), ("09ad6b0", "disclosures_train"), ("b9d3aff", "disclosures_train"),
    ("92abdfd", "disclosures_train"), ("8f0efba", "disclosures_train"),
    # Batch 95 (b95: en twice, pt, id, each appended on main), training data only, after the fifteenth set's run 4
    # (English recall 0.944, Portuguese false positives 0.037): long English messages that tell the harm in passing,
    # boys and LGBTQ+ teens, Portuguese and Indonesian everyday talk with 95 or more risky words in 100; first look at
    # 0.67 / 0.07: 0.992 / 0.083 (long everyday English rambles 0.140).
    ("37821ac", "disclosures_train"), ("551fea3", "disclosures_train"), ("0e7ff14", "disclosures_train"),
    ("eed1917", "disclosures_train"),
    # Batch 96 (b96: id, fr, es, sw, each appended on main), training data only, for the sixteenth set's weak spots
    # after its run 1 (Indonesian recall; French, Spanish and Swahili false positives, whose writers wrote 90 or more
    # risky words in 100 everyday messages); first look at 0.67 / 0.07: 0.975 / 0.043.
    ("6339aa1", "disclosures_train"), ("91d86e2", "disclosures_train"), ("b202549", "disclosures_train"),
    ("d0c4f5a", "disclosures_train"),
    # Batch 97 (b97: en twice, es, fr twice, sw twice, id, each appended on main), training data only, after the
    # sixteenth set's run 2 (French and Swahili false positives 0.050, Spanish 0.037): long English rambles and short
    # mid-conversation replies, francophone Africa and the Caribbean, France, Belgium, Switzerland, Quebec, Kenya,
    # Tanzania and the Great Lakes, the Caribbean and the Andes, Indonesia outside Java; first look at 0.66 / 0.06:
    # 0.983 / 0.046 (long English rambles 0.099).
    ("c7f602d", "disclosures_train"), ("b702726", "disclosures_train"), ("931fb9d", "disclosures_train"),
    ("981d1b4", "disclosures_train"), ("050ea21", "disclosures_train"), ("17fd666", "disclosures_train"),
    ("c0a0eed", "disclosures_train"), ("224536a", "disclosures_train"),
    # Batch 98 (b98: es twice, fr three times, pt twice, sw, each appended on main), training data only, after the
    # sixteenth set's run 3 (French false positives 0.050, Spanish 0.037, Portuguese recall 0.956): writers from the
    # regions that set's README names (West and Central Africa, the Maghreb, Reunion and Mayotte, Acadia and Ontario,
    # Vanuatu; Central America, the Andes, Paraguay, the Canaries; Cabo Verde, Guinea-Bissau, Goa, Madeira, the Azores,
    # Brazil outside Rio and Sao Paulo; Tabora, Kitale, Kigali, Zanzibar); first look at 0.66 / 0.09: 0.983 / 0.039.
    ("2720d50", "disclosures_train"), ("414614c", "disclosures_train"), ("ec81dfb", "disclosures_train"),
    ("0c02077", "disclosures_train"), ("9c1ad5b", "disclosures_train"), ("706d121", "disclosures_train"),
    ("b38ea39", "disclosures_train"), ("08b7622", "disclosures_train"),
    # Batch 99 (b99: one per language, each appended on main), training data only: long messages only (30-90 words;
    # 31 disclosures and 100 everyday, 75 or more of them hard negatives, per language), after the labelled sets were
    # found to hold 888 everyday messages over 20 words against 14,642 such disclosures (the model had learnt that a
    # long message is a disclosure); first look at 0.66 / 0.07: 0.988 / 0.240 (rules alone 0.839 / 0.288).
    ("f314818", "disclosures_train"), ("5067a7d", "disclosures_train"), ("3db20c8", "disclosures_train"),
    ("9ed7ab1", "disclosures_train"), ("4692ea4", "disclosures_train"), ("5806585", "disclosures_train"),
    ("a84ec39", "disclosures_train"), ("d9068e3", "disclosures_train"),
    # Batch 100 (b100: one per language, each appended on main), training data only: long messages again (30-90 words;
    # 30 disclosures and 130 everyday per language, 100 or more of them hard negatives, often two risky words in one
    # harmless sentence), after batch 99 showed the rules raising a false alarm on 29 long everyday messages in 100;
    # first look at 0.67 / 0.08: 1.000 / 0.177 (rules alone 0.871 / 0.277).
    ("b93c7de", "disclosures_train"), ("20d7065", "disclosures_train"), ("b48089f", "disclosures_train"),
    ("41d5bae", "disclosures_train"), ("550d8ec", "disclosures_train"), ("0504960", "disclosures_train"),
    ("22dcd22", "disclosures_train"), ("13ba91e", "disclosures_train"),
    # Batch 101 (b101: one per language, each appended on main), training data only: long messages (as batch 100,
    # the everyday ones weighted to chores and curfews, photos posted by family and coaches, paying and selling,
    # harmless secrets, older people in harmless roles, fear of exams, trash talk, lessons about sextortion); first
    # look with the model trained on batch 100, at 0.67 / 0.08: 1.000 / 0.204 (rules alone 0.850 / 0.295).
    ("27606f1", "disclosures_train"), ("6c18a6a", "disclosures_train"), ("1e3736f", "disclosures_train"),
    ("bd8a97d", "disclosures_train"), ("3166b7c", "disclosures_train"), ("ef58734", "disclosures_train"),
    ("2502cbf", "disclosures_train"), ("23d4906", "disclosures_train"),
    # Batch 102 (b102: Arabic twice, English, Spanish twice, each appended on main), training data only, after the
    # seventeenth set's run 1 (Arabic recall 0.911, English 0.944, Spanish false positives 0.062): writers from the
    # regions that set's README names (Aswan, Medina, Nablus, Tripoli, Sanaa; Agadir, Tlemcen and Arabizi from the
    # diaspora; Harare to Detroit; Tijuana to Malabo, the Spanish ones 80 hard everyday negatives each); first look at
    # 0.68 / 0.08 / 0.24: 0.970 / 0.035 (rules alone 0.832 / 0.068; Darija and Arabizi rules alone 38 of 60).
    ("8c2bf37", "disclosures_train"), ("247be51", "disclosures_train"), ("337139d", "disclosures_train"),
    ("0264297", "disclosures_train"), ("a8b2a36", "disclosures_train"),
    # Batch 103 (b103: Indonesian twice, English, Arabic, French, Swahili, each appended on main), training data only,
    # after the seventeenth set's run 2 (Arabic, English and Indonesian recall 0.933-0.944): writers from that set's
    # regions again, indirect disclosures first; first look at 0.67 / 0.09 / 0.24: 0.958 / 0.021 (rules alone 0.816 /
    # 0.041; Sundanese, Papuan and Pontianak Indonesian rules alone 44 of 60).
    ("50a246f", "disclosures_train"), ("f455914", "disclosures_train"), ("94bae09", "disclosures_train"),
    ("faf3c84", "disclosures_train"), ("ee7bcd1", "disclosures_train"), ("2d98726", "disclosures_train"),
    # Batch 104 (b104: Arabic, English, Indonesian, Swahili, Spanish; French, Portuguese and Romanian were not merged),
    # training data only: long messages, the everyday ones weighted to caregivers, teachers, counsellors, trainers and
    # teens talking about the lessons' topics, never a case happening now; first look at 0.67 / 0.09 / 0.24: 0.987 /
    # 0.136 (rules alone 0.847 / 0.349).
    ("b026b82", "disclosures_train"), ("7812790", "disclosures_train"), ("925a5db", "disclosures_train"),
    ("1c846c2", "disclosures_train"), ("41c0ddc", "disclosures_train"),
)
THRESHOLDS = [round(0.50 + 0.01 * i, 2) for i in range(50)]
ADDED_FP_LIMIT = 0.01
# The veto: below which probability the model may overrule a rule that found a disclosure. The highest whose lost
# finds, pooled over the folds, are at most 1 in 2,000 of the disclosures the rules found.
VETOES = [round(0.01 * i, 2) for i in range(1, 21)]
VETO_LOSS_LIMIT = 0.0005
# The veto for long messages (more than LONG_WORDS words) is chosen by the same rule on their finds alone, up to 0.50.
LONG_VETOES = [round(0.01 * i, 2) for i in range(1, 51)]
# Both are chosen on the folds whose models were trained on at least this share of today's examples (bench/README.md,
# "Batches 48-50"): the early folds' models (1,300 to 40,100 examples) raise more false alarms at a threshold than one
# trained on today's data does, and pooled with the recent ones they held the threshold at 0.84 while the recent folds
# alone, at 0.84, added 0.6 % false alarms instead of 1 %.
RECENT_SHARE = 0.8

# Run inside an old commit's tree: the rules' verdict on each text, whether the model may be asked, and the concepts
# that commit's word lists find (the model's concept features, for the batch and for the training items alike).
_OLD_RULES = """
import json, sys
from pathlib import Path
from bot.content.catalog import load_catalog
from bot.services.safety import SafetyMatcher
m = SafetyMatcher.from_content(load_catalog(Path("content")).safety)
out = []
for text in json.load(sys.stdin):
    kind = m.disclosure_kind(text)
    found = m.concepts(text)
    doubt = getattr(m.rules, "doubt", None)
    doubted = bool(doubt and doubt(found))
    out.append([kind, kind is None and m.classify(text) is None, sorted(found), doubted])
json.dump(out, sys.stdout)
"""


@dataclass(frozen=True)
class Scored:
    language: str
    disclosure: bool
    rules: bool  # the rules (of the fold) called it a disclosure
    askable: bool  # the model would be asked: no rule fired, not a help or stop phrase
    probability: float
    doubted: bool = False  # a doubt held (until 2026-12-05 the model was not asked then either)
    words: int = 0  # the folded message's words (a long message has its own veto: LONG_WORDS)


def _language(example: Example) -> str:
    return Path(example.where).stem


def _git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=PROJECT_ROOT, check=True, capture_output=True).stdout


def _extract(commit: str, target: Path, paths: list[str]) -> None:
    archive = _git("archive", commit, *paths)
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)


def _model(examples: list[Example]) -> DisclosureModel:
    weights, bias = train(examples)
    return DisclosureModel.from_floats(weights, bias, threshold=0.5, data_sha256="cv", trained="cv")


def scored_example(m: SafetyMatcher, model: DisclosureModel, language: str, example: Example) -> Scored:
    """`m`'s rules' verdict on one item and `model`'s probability for it."""
    reading, askable = m.rules_reading(example.text)
    return Scored(language, example.disclosure, reading is not None and reading.kind is not None, askable,
                  model.probability(example.tokens, m.concepts(example.text)), words=len(example.tokens))


def scored_set(m: SafetyMatcher, model: DisclosureModel, set_name: str) -> list[Scored]:
    """Every item of one labelled set (borderline apart): today's rules' verdict and `model`'s probability."""
    return [scored_example(m, model, path.stem, example)
            for path in data_files((set_name,)) for example in load_examples([path])]


def added_examples(old_data: Path, new_data: Path, target_set: str) -> list[tuple[str, Example]]:
    """(language, item) for every item of `target_set` in the tests/data tree `new_data` that the tree `old_data`
    does not have (borderline apart)."""
    if target_set == "disclosures_retired":
        # Opened in this commit: every item is new to the rules before it (then tests/data/disclosures_blind).
        return [(p.stem, e) for p in data_files((target_set,), new_data) for e in load_examples([p], new_data)]
    added = []
    for path in data_files((target_set,), new_data):
        old_path = old_data / target_set / path.name
        if old_path.exists() and old_path.read_bytes() == path.read_bytes():
            continue  # a batch commit changes one language's file: the others add nothing
        seen = {e.text for e in load_examples([old_path], old_data)} if old_path.exists() else set()
        added += [(path.stem, e) for e in load_examples([path], new_data) if e.text not in seen]
    return added


def leave_one_set_out() -> list[tuple[str, list[Scored]]]:
    m = matcher()
    folds = []
    for held in TRAINING_SETS:
        training = with_concepts(load_examples(data_files(tuple(s for s in TRAINING_SETS if s != held))), m.concepts)
        folds.append((held, scored_set(m, _model(training), held)))
    return folds


def _old_rules_fold(work: Path, commit: str, target_set: str) -> tuple[str, list[Scored], int]:
    """One fold: the rules of the commit before `commit`, and a model trained on that commit's labelled data, scored
    on the items `commit` added to `target_set`; with the number of examples that model was trained on."""
    before = work / f"{commit}-before"
    after = work / f"{commit}-after"
    before.mkdir()
    after.mkdir()
    _extract(f"{commit}^", before, ["bot", "content", "tests/data"])
    _extract(commit, after, ["tests/data"])
    old_data = before / "tests/data"
    new_items = [(language, e.text, e.disclosure)
                 for language, e in added_examples(old_data, after / "tests/data", target_set)]
    training = load_examples(data_files(TRAINING_SETS, old_data), old_data)
    texts = json.dumps([t for _, t, _ in new_items] + [e.text for e in training])
    run = subprocess.run([sys.executable, "-c", _OLD_RULES], cwd=before, input=texts,
                         capture_output=True, text=True, env={"PYTHONPATH": str(before), "PATH": "/usr/bin:/bin"})
    if run.returncode:
        raise SystemExit(f"{commit}^: the old rules did not run: {run.stderr[-2000:]}")
    out = json.loads(run.stdout)
    verdicts, training_concepts = out[:len(new_items)], out[len(new_items):]
    # The model of that commit weighs the concepts of that commit's word lists.
    training = [replace(e, concepts=tuple(found)) for e, (_, _, found, _) in zip(training, training_concepts,
                                                                                   strict=True)]
    model = _model(training)
    scored = [Scored(language, disclosure, kind is not None, askable, model.probability(fold(text).tokens, found),
                     doubted)
              for (language, text, disclosure), (kind, askable, found, doubted) in zip(new_items, verdicts,
                                                                                       strict=True)]
    print(f"  fold {commit} ({target_set}): {len(new_items)} new items, trained on {len(training)}", file=sys.stderr)
    return commit, scored, len(training)


def rules_as_they_were(work: Path, batches: tuple[tuple[str, str], ...] = BATCHES,
                       jobs: int = 1) -> list[tuple[str, list[Scored], int]]:
    """Every batch's fold with its model's training size, in BATCHES order; `jobs` folds at a time (each trains its
    own model: one core each)."""
    if jobs <= 1:
        return [_old_rules_fold(work, commit, target_set) for commit, target_set in batches]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_old_rules_fold, [work] * len(batches), *zip(*batches, strict=True)))


def trainer_fingerprint() -> str:
    """What the folds' scores depend on besides git history: the model's features, the trainer's code and settings,
    and the fields a cached row fills (Scored). A cached fold scored under others is scored again; the threshold and
    the veto (chosen from the folds) and comments in the trainer's module are not part of it."""
    digest = hashlib.sha256()
    for module in (model_module, normalize_module):
        digest.update(Path(module.__file__).read_bytes())
    for code in (train_module.train, train_module._vector, train_module.load_examples, _model, _old_rules_fold, Scored):
        digest.update(inspect.getsource(code).encode())
    digest.update(repr((train_module.BUCKETS, train_module.EPOCHS, train_module.LEARNING_RATE, train_module.L2,
                        train_module.SEED, train_module.TRAINING_SETS, _OLD_RULES)).encode())
    return digest.hexdigest()[:16]


def cached_folds(cache: Path | None, work: Path, jobs: int) -> tuple[list[tuple[str, list[Scored]]], dict[str, int]]:
    """The old-rules folds in BATCHES order and each fold's training size, reusing those a cache file holds for the
    same trainer code; missing ones are scored (new batches, or all after the trainer changed) and the cache is
    written back."""
    fingerprint = trainer_fingerprint()
    kept: dict[str, list[Scored]] = {}
    sizes: dict[str, int] = {}
    if cache and cache.exists():
        stored = json.loads(cache.read_text())
        # A list: the format before 2026-12-05; no sizes: before 2026-12-06 (its folds are scored again).
        if isinstance(stored, dict) and stored.get("trainer") == fingerprint and "sizes" in stored:
            kept = {name: [Scored(*row) for row in rows] for name, rows in stored["folds"].items()}
            sizes = stored["sizes"]
    missing = tuple(b for b in BATCHES if b[0] not in kept)
    if missing:
        print(f"  scoring {len(missing)} of {len(BATCHES)} folds ({jobs} at a time)", file=sys.stderr)
        for name, items, size in rules_as_they_were(work, missing, jobs):
            kept[name], sizes[name] = items, size
    if cache:
        cache.write_text(json.dumps({"trainer": fingerprint, "sizes": sizes,
                                     "folds": {name: [astuple(i) for i in items] for name, items in kept.items()}}))
    return [(commit, kept[commit]) for commit, _ in BATCHES], sizes


def recent_folds(folds: list[tuple[str, list[Scored]]], today: int, size_of: Callable[[str], int],
                 share: float = RECENT_SHARE) -> list[tuple[str, list[Scored]]]:
    """The folds whose models were trained on at least `share` of `today`'s examples, in BATCHES order. The training
    data grows along BATCHES (a few folds of one batch share a size), so the walk back from the newest stops after
    five folds in a row below the cut."""
    kept: list[tuple[str, list[Scored]]] = []
    below = 0
    for name, items in reversed(folds):
        if size_of(name) >= share * today:
            kept.append((name, items))
            below = 0
        else:
            below += 1
            if below == 5:
                break
    return kept[::-1]


def _row(name: str, items: list[Scored], threshold: float) -> str:
    d = [i for i in items if i.disclosure]
    e = [i for i in items if not i.disclosure]
    fires = [i for i in items if i.askable and not i.rules and i.probability >= threshold]
    alone_d = sum(i.probability >= threshold for i in d)
    alone_e = sum(i.probability >= threshold for i in e)
    rules_d = sum(i.rules for i in d)
    rules_e = sum(i.rules for i in e)
    added_d = sum(i.disclosure for i in fires)
    added_e = sum(not i.disclosure for i in fires)
    missed = len(d) - rules_d

    def rate(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "-"

    return (f"| {name} | {rate(alone_d, len(d))} | {rate(alone_e, len(e))} | {rate(rules_d, len(d))} "
            f"| {rate(rules_e, len(e))} | {rate(rules_d + added_d, len(d))} | {rate(rules_e + added_e, len(e))} "
            f"| {rate(added_d, missed)} | {rate(added_e, len(e))} |")


def table(title: str, folds: list[tuple[str, list[Scored]]], threshold: float) -> None:
    print(f"\n{title} (threshold {threshold:.2f})\n")
    print("| part | model alone: recall | model alone: FP | rules: recall | rules: FP | rules+model: recall "
          "| rules+model: FP | added recall (of rules' misses) | added FP |")
    print("|---|---|---|---|---|---|---|---|---|")
    pooled = [i for _, items in folds for i in items]
    for name, items in folds:
        print(_row(f"fold {name}", items, threshold))
    by_language: dict[str, list[Scored]] = defaultdict(list)
    for item in pooled:
        by_language[item.language].append(item)
    for code in LANGUAGES:
        print(_row(code, by_language[code], threshold))
    print(_row("**all**", pooled, threshold))


def choose_threshold(folds: list[tuple[str, list[Scored]]]) -> float:
    pooled = [i for _, items in folds for i in items]
    everyday = sum(not i.disclosure for i in pooled)
    print("\n| threshold | added recall (of rules' misses) | added FP |")
    print("|---|---|---|")
    chosen = None
    missed = sum(i.disclosure and not i.rules for i in pooled)
    for t in THRESHOLDS:
        fires = [i for i in pooled if i.askable and not i.rules and i.probability >= t]
        added_fp = sum(not i.disclosure for i in fires) / everyday
        added = sum(i.disclosure for i in fires)
        if round(t * 100) % 5 == 0 or t >= 0.9:
            print(f"| {t:.2f} | {added}/{missed} | {added_fp:.4f} |")
        if chosen is None and added_fp <= ADDED_FP_LIMIT:
            chosen = t
    assert chosen is not None, "no threshold keeps the added false alarms at 1 %"
    print(f"\nChosen: {chosen:.2f} (the lowest whose pooled added FP is <= {ADDED_FP_LIMIT})")
    return chosen


def _without(folds: list[tuple[str, list[Scored]]], held: str) -> list[Scored]:
    """Every fold's items but the held-out one's (leave one fold out)."""
    return [i for name, items in folds if name != held for i in items]


def _vetoed(items: list[Scored], veto: float) -> tuple[int, int]:
    """(disclosures the rules found that the veto drops, false alarms of the rules it drops)."""
    dropped = [i for i in items if i.rules and i.probability < veto]
    return sum(i.disclosure for i in dropped), sum(not i.disclosure for i in dropped)


def _highest_veto(items: list[Scored], vetoes: list[float] = VETOES) -> float:
    found = sum(i.rules and i.disclosure for i in items)
    chosen = 0.0
    for veto in vetoes:
        if _vetoed(items, veto)[0] > VETO_LOSS_LIMIT * found:
            break
        chosen = veto
    return chosen


def _choose_by_loss(folds: list[tuple[str, list[Scored]]], vetoes: list[float],
                    heading: Callable[[list[Scored], int, int], str]) -> tuple[float, str]:
    """The highest of `vetoes` by the rule above, after `heading` (given the pooled items, the rules' finds and false
    alarms) and the table; with the same rule judged leave one fold out (chosen on every other fold, applied to the
    held-out one, summed): what it would have cost and saved on text it never saw, as a sentence."""
    pooled = [i for _, items in folds for i in items]
    found = sum(i.rules and i.disclosure for i in pooled)
    alarms = sum(i.rules and not i.disclosure for i in pooled)
    print(heading(pooled, found, alarms))
    print("| veto | found, lost | false alarms, dropped |")
    print("|---|---|---|")
    for veto in vetoes:
        lost, dropped = _vetoed(pooled, veto)
        print(f"| {veto:.2f} | {lost}/{found} | {dropped}/{alarms} |")
    lost = dropped = 0
    for name, held in folds:
        held_lost, held_dropped = _vetoed(held, _highest_veto(_without(folds, name), vetoes))
        lost += held_lost
        dropped += held_dropped
    return (_highest_veto(pooled, vetoes),
            f"Leave one fold out: {lost}/{found} finds lost, {dropped}/{alarms} false alarms dropped")


def choose_veto(folds: list[tuple[str, list[Scored]]]) -> float:
    """The veto by the rule above, its table, and the same rule judged leave one fold out."""
    chosen, held_out = _choose_by_loss(folds, VETOES, lambda _, found, alarms: (
        f"\nThe veto: a rule's disclosure dropped when the model's probability is below it ({len(folds)} folds, "
        f"{found} disclosures and {alarms} false alarms found by the rules)\n"))
    print(f"\nChosen: {chosen:.2f} (the highest losing at most {VETO_LOSS_LIMIT:.2%} of the rules' finds). {held_out}")
    return chosen


def choose_long_veto(folds: list[tuple[str, list[Scored]]], long_words: int = LONG_WORDS) -> float:
    """The veto for messages of more than `long_words` words by the same rule, on their finds alone (the short
    messages keep the veto chosen on all), with its table and leave one fold out."""
    long_folds = [(name, [i for i in items if i.words > long_words]) for name, items in folds]
    chosen, held_out = _choose_by_loss(long_folds, LONG_VETOES, lambda pooled, found, alarms: (
        f"\nThe veto for long messages (over {long_words} words: {sum(i.disclosure for i in pooled)} disclosures, "
        f"{sum(not i.disclosure for i in pooled)} everyday; the rules find {found} and raise {alarms} false "
        "alarms)\n"))
    print(f"\nChosen for long messages: {chosen:.2f}. {held_out}")
    return chosen


def _fires(item: Scored, threshold: float) -> bool:
    return item.askable and not item.rules and item.probability >= threshold


def _lowest(items: list[Scored]) -> float:
    """The 1 % rule without its table: the lowest threshold whose added false alarms are <= ADDED_FP_LIMIT."""
    everyday = sum(not i.disclosure for i in items)
    for t in THRESHOLDS:
        if sum(_fires(i, t) and not i.disclosure for i in items) <= ADDED_FP_LIMIT * everyday:
            return t
    return 1.0


def _per_language(items: list[Scored], shrink: float) -> dict[str, float]:
    """A threshold per language by the 1 % rule over that language's items, moved toward the pooled one: the pooled
    threshold plus `shrink` times the difference (1: each language's own, 0: the pooled one)."""
    pooled = _lowest(items)
    chosen = {}
    for code in LANGUAGES:
        own = [i for i in items if i.language == code]
        chosen[code] = round(pooled + shrink * (_lowest(own) - pooled), 2) if own else pooled  # none: the pooled one
    return chosen


def per_language_thresholds(folds: list[tuple[str, list[Scored]]]) -> None:
    """Would a threshold per language add recall on unseen text? Leave one fold out: the thresholds are chosen on
    every other fold and applied to the held-out one; the added finds and false alarms are summed over the folds.
    The pooled threshold is judged the same way, so the two compare on equal terms (bench/README.md, clf27)."""
    pooled = [i for _, items in folds for i in items]
    missed = sum(i.disclosure and not i.rules for i in pooled)
    everyday = sum(not i.disclosure for i in pooled)
    print(f"\nThreshold per language, leave one fold out ({len(folds)} folds, {missed} rules' misses, {everyday} "
          "everyday messages)\n")
    print("| thresholds | chosen on all folds | held-out: added | held-out: added FP |")
    print("|---|---|---|---|")
    for label, shrink in (("pooled", 0.0), ("per language, halfway to pooled", 0.5), ("per language", 1.0)):
        added = false_alarms = 0
        for name, held in folds:
            chosen = _per_language(_without(folds, name), shrink)
            added += sum(_fires(i, chosen[i.language]) and i.disclosure for i in held)
            false_alarms += sum(_fires(i, chosen[i.language]) and not i.disclosure for i in held)
        everywhere = _per_language(pooled, shrink)
        shown = f"{everywhere['en']:.2f}" if shrink == 0 else ", ".join(f"{c} {everywhere[c]:.2f}" for c in LANGUAGES)
        print(f"| {label} | {shown} | {added}/{missed} | {false_alarms}/{everyday} |")


def compare_doubt_gate(folds: list[tuple[str, list[Scored]]]) -> None:
    """Should a doubt (a harmless reading that holds every rule back) keep the model from being asked too, as it did
    until 2026-12-05? Each way at its own threshold by the 1 % rule, pooled over the folds."""
    pooled = [i for _, items in folds for i in items]
    gated = [replace(i, askable=i.askable and not i.doubted) for i in pooled]
    missed = sum(i.disclosure and not i.rules for i in pooled)
    everyday = sum(not i.disclosure for i in pooled)
    print(f"\nDoubts and the model ({len(folds)} folds, {missed} rules' misses, {everyday} everyday messages)\n")
    print("| the model is asked | threshold (1 % rule) | added | added FP | of them, doubted: added, FP |")
    print("|---|---|---|---|---|")
    for label, items in (("unless a doubt holds (before)", gated), ("whether or not a doubt holds", pooled)):
        t = _lowest(items)
        fires = [i for i in items if _fires(i, t)]
        doubted = [i for i in fires if i.doubted]
        print(f"| {label} | {t:.2f} | {sum(i.disclosure for i in fires)}/{missed} "
              f"| {sum(not i.disclosure for i in fires)}/{everyday} "
              f"| {sum(i.disclosure for i in doubted)}, {sum(not i.disclosure for i in doubted)} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="leave-one-set-out only")
    parser.add_argument("--threshold", type=float, help="score at this threshold instead of choosing one")
    parser.add_argument("--cache", type=Path, help="keep the old-rules folds' scores in this file and reuse those "
                        "scored under the same trainer code (new batches only are scored then)")
    parser.add_argument("--jobs", type=int, default=1, help="score this many folds at a time (one core each)")
    parser.add_argument("--batch", help="score only the batch of disclosures_dev added by this commit (one added "
                        "after the threshold was fixed), at THRESHOLD or --threshold")
    args = parser.parse_args()
    if args.batch:
        with tempfile.TemporaryDirectory(prefix="disclosure_cv_") as work:
            folds = [(name, items) for name, items, _ in rules_as_they_were(Path(work), ((args.batch,
                                                                                          "disclosures_dev"),))]
        table(f"The batch of {args.batch}, rules of the commit before", folds, args.threshold or THRESHOLD)
        return
    if not args.quick:
        with tempfile.TemporaryDirectory(prefix="disclosure_cv_") as work:
            old, sizes = cached_folds(args.cache, Path(work), args.jobs)
        print(f"\nAll {len(old)} folds (the rule until 2026-12-06):")
        choose_threshold(old)
        choose_veto(old)
        today = len(load_examples(data_files()))
        recent = recent_folds(old, today, sizes.__getitem__)
        print(f"\nThe {len(recent)} folds whose models were trained on at least {RECENT_SHARE:.0%} of today's {today} "
              "examples (the rule since 2026-12-06):")
        chosen = choose_threshold(recent)
        choose_veto(recent)
        per_language_thresholds(recent)  # its "pooled" line: the 1 % rule judged leave one fold out
        compare_doubt_gate(old)
        threshold = args.threshold or chosen
        table("Rules as they were before each batch, model trained on the data of that commit", old, threshold)
    else:
        threshold = args.threshold or 0.8
    table("Leave one set out, today's rules (tuned on all three sets)", leave_one_set_out(), threshold)


if __name__ == "__main__":
    main()
