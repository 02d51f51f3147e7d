#!/usr/bin/env python3
"""kb-eval-v3: writes questions-v3.jsonl and offtopic-v3.jsonl and checks every answer span.

Standard library only. Run from anywhere: python3 make.py
An answer must occur in its document once every run of whitespace (in both) is made one space.
This is the held-out CHECK set: never tune on it.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

B = "bzip2.1.txt"
R = "resolv.conf.5.txt"
A = "Artistic.txt"
P = "pytz-README.txt"
D = "diffutils-NEWS.txt"

# (question, doc, answer span)
QUESTIONS = [
    # bzip2(1): man page with options, a renaming list and a memory table
    ("What compression method does bzip2 use?", B,
     "the Burrows-Wheeler block sorting text compression algorithm, and Huffman coding"),
    ("If the output file is already there, will bzip2 replace it?", B,
     "bzip2 and bunzip2 will by default not overwrite existing files"),
    ("What will a file called backup.tbz2 be named after bunzip2 decompresses it?", B,
     "filename.tbz2 becomes filename.tar"),
    ("What output name does bunzip2 pick when the compressed file has an unusual extension?", B,
     "uses the original name with .out appended"),
    ("Can I put default bzip2 options in an environment variable? Which ones are read?", B,
     "the environment variables BZIP2 and BZIP"),
    ("Why does a tiny file get bigger when I bzip2 it?", B,
     "the compression mechanism has a constant overhead in the region of 50 bytes"),
    ("What exit code does bzip2 return when a file is missing or a flag is wrong?", B,
     "1 for environmental problems (file not found, invalid flags, I/O errors, &c)"),
    ("How can I verify that a .bz2 file is OK without unpacking it?", B,
     "Check integrity of the specified file(s), but don't decompress them."),
    ("What block size does bzip2 compress with if I don't pick one?", B, "900,000 bytes (the default)"),
    ("Roughly how much RAM does bunzip2 need for a file made with the default block size?", B,
     "require about 3700 kbytes to decompress"),
    ("My old box has only a few megabytes of memory. How should I run bzip2 on it?", B,
     "if your machine is low on memory (8 megabytes or less), use -s for everything"),
    ("Does --best compress better than plain bzip2?", B, "--best merely selects the default behaviour"),
    ("How do I compress a file whose name starts with a hyphen?", B, "bzip2 -- -myfilename"),
    ("What files does bzip2recover write out?", B, '"rec00001file.bz2", "rec00002file.bz2", etc.'),
    ("According to the memory table, what does compressing and decompressing with -9 cost?", B,
     "-9 7600k 3700k 2350k 828642"),
    ("Could old versions of bzip2recover cope with very large archives?", B,
     "could not handle compressed files more than 512 megabytes long"),

    # resolv.conf(5): configuration-file man page
    ("How many nameserver lines will the resolver use at most?", R,
     "Up to MAXNS (currently 3, see <resolv.h>) name servers may be listed"),
    ("What does the resolver do when there is no /etc/resolv.conf at all?", R,
     "only the name server on the local machine will be queried"),
    ("With several nameservers configured, which one gets asked first?", R, "queries them in the order listed"),
    ("I have two search lines in resolv.conf. Which one takes effect?", R,
     "only the search list from the last instance is used"),
    ("Is the number of search domains still limited with a current glibc?", R,
     "Since glibc 2.26, the search list is unlimited."),
    ("How many address/netmask pairs can a sortlist hold?", R, "Up to 10 pairs may be specified."),
    ("What is ndots set to if I don't change it?", R, "The default for n is 1"),
    ("What's the largest value ndots can take?", R, "silently capped to 15"),
    ("How many seconds does the resolver wait for a nameserver by default before trying the next one?", R,
     "RES_TIMEOUT (currently 5, see <resolv.h>)"),
    ("How many tries does the resolver make by default before giving up?", R,
     "RES_DFLRETRY (currently 2, see <resolv.h>)"),
    ("How can I spread DNS load over all my nameservers instead of always hitting the first?", R,
     "causes round-robin selection of name servers from among those listed"),
    ("Which resolver option sends DNS queries over TCP?", R, "use-vc (since glibc 2.14)"),
    ("My router's DNS times out because IPv4 and IPv6 lookups are sent together. Which option makes them go one after the other?", R,
     "single-request (since glibc 2.10)"),
    ("How can one program use different search domains without editing resolv.conf?", R,
     "setting the environment variable LOCALDOMAIN"),
    ("How do I put a comment in resolv.conf?", R,
     "Lines that contain a semicolon (;) or hash character (#) in the first column are treated as comments."),
    ("From which glibc version can I use the trust-ad option?", R, "trust-ad (since glibc 2.31)"),

    # The "Artistic License" (Perl's original licence)
    ("Am I allowed to hand out unmodified copies of the source?", A,
     "You may make and give away verbatim copies of the source form of the Standard Version of this Package "
     "without restriction"),
    ("What must stay in the copies I pass on?", A,
     "duplicate all of the original copyright notices and associated disclaimers"),
    ("I changed some files. What do I have to add to them?", A,
     "insert a prominent notice in each changed file stating how and when you changed that file"),
    ("Can my company keep a modified version to itself without publishing the changes?", A,
     "use the modified Package only within your corporation or organization"),
    ("If I apply a bug fix that came from the copyright holder, is my copy still the standard one?", A,
     "A Package modified in such a way shall still be considered the Standard Version."),
    ("Can I sell the package itself?", A, "You may not charge a fee for this Package itself."),
    ("Is it OK to charge for support?", A, "You may charge any fee you choose for support of this Package."),
    ("What counts as a reasonable copying fee?", A,
     "whatever you can justify on the basis of media cost, duplication charges, time of people involved, and so on"),
    ("What does Freely Available mean in this licence?", A,
     "no fee is charged for the item itself, though there may be fees involved in handling the item"),
    ("Who owns the scripts I feed to the package's programs?", A, "belong to whoever generated them"),
    ("Can I link the interpreter into my own program?", A,
     "You may embed this Package's interpreter within an executable of yours (by linking)"),
    ("I want to ship binaries of a modified version. What's one way to comply?", A,
     "accompany the distribution with the machine-readable source of the Package with your modifications"),
    ("Can I advertise my product using the copyright holder's name?", A,
     "may not be used to endorse or promote products derived from this software without specific prior written "
     "permission"),
    ("Does the package come with any warranty?", A,
     'THIS PACKAGE IS PROVIDED "AS IS" AND WITHOUT ANY EXPRESS OR IMPLIED WARRANTIES'),
    ("If I rename my modified executables, what documentation must I supply?", A,
     "provide a separate manual page for each non-standard executable that clearly documents how it differs "
     "from the Standard Version"),
    ("May the package be bundled into a commercial distribution?", A,
     "Aggregation of this Package with a commercial distribution is always permitted provided that the use of "
     "this Package is embedded"),

    # pytz README: install steps, usage prose and examples
    ("Which Python versions does pytz work with?", P, "Python 2.4 or higher"),
    ("What's the command to install pytz with pip?", P, "pip install pytz"),
    ("How do I install pytz from the source tarball?", P, "python setup.py install"),
    ("How do I attach a time zone to a naive datetime with pytz?", P,
     "use the ``localize()`` method provided by the pytz library"),
    ("Can I just pass a pytz zone as tzinfo when I build a datetime?", P,
     "''does not work'' with pytz for many timezones"),
    ("What approach to handling times does the pytz author recommend?", P,
     "always work in UTC, converting to localtime only when generating output to be read by humans"),
    ("After adding a timedelta to a local time across a DST change, how do I get the right offset?", P,
     "use the ``normalize()`` method to handle daylight saving time and other timezone transitions"),
    ("What happens if I ask for the UTC offset of an ambiguous time without giving is_dst?", P,
     "ambiguous timestamps will raise an ``pytz.exceptions.AmbiguousTimeError`` exception"),
    ("How do I make pytz raise an error instead of guessing for a time that happens twice or never?", P,
     "If you pass None as the is_dst flag to localize()"),
    ("Is pytz's UTC the same thing as GMT?", P,
     "The definition of UTC is distinct from these other timezones, and they are not equivalent."),
    ("How do I get the list of time zones used in one country?", P, "using the ``country_timezones()`` function"),
    ("Does common_timezones include historical zones?", P,
     "It doesn't contain deprecated zones or historical zones, except for a few I've deemed in common usage"),
    ("What licence is pytz released under?", P, "MIT license."),
    ("How precise are the UTC offsets pytz gives?", P, "Offsets from UTC are rounded to the nearest whole minute"),
    ("How wrong can Europe/Amsterdam times before 1937 be?", P, "up to 30 seconds out"),
    ("How does pytz deal with Warsaw's 1915 switch to Central European time?", P,
     "treating the ambiguous period before the switch as daylight savings time, and the ambiguous period after "
     "as standard time"),

    # GNU diffutils NEWS (excerpt, 3.8 back to 2.8.4)
    ("When did diffutils 3.8 come out?", D, "release 3.8 (2021-08-01)"),
    ("What exit status does diff give now when two binary files are different?", D,
     "diff now exits with status 1 as POSIX requires"),
    ("Before version 3.4, what exit status did diff return when binary files differed?", D, "Formerly it exited with status 2."),
    ("Which options were added for coloured diff output?", D, "two new options --color and --palette"),
    ("In which diffutils release did the colour options first appear?", D, "release 3.4 (2016-08-08)"),
    ("Can I page coloured diff output through less?", D, "diff --color now produces output compatible with less -R."),
    ("Does diff colour its output on a dumb terminal?", D, "diff --color no longer colorizes when TERM=dumb"),
    ("How does --no-dereference treat symlinks?", D,
     "as a separate type of file that can compare equal only to another symbolic link with the same value"),
    ("How is a file name containing spaces written in a diff header?", D,
     "encoded in a diff header as a double-quoted C string literal"),
    ("Which diff option ignores whitespace at the ends of lines?", D, "--ignore-trailing-space (-Z)"),
    ("Where should I send diffutils bug reports?", D, "bug-diffutils@gnu.org"),
    ("Can I type 1 and 2 instead of l and r in sdiff?", D,
     "sdiff now understands '1' and '2' as synonyms for 'l' and 'r'."),
    ("If I pass several -i skip values to cmp, which one counts?", D,
     "cmp now uses the maximal value instead of the last one"),
    ("Was there ever a public diffutils 2.8.5?", D, "Version 2.8.5 was not publicly released."),
    ("What extra detail does cmp print at EOF when one file is a prefix of the other?", D,
     "cmp now appends the shorter file's size to the EOF diagnostic"),
    ("Which toolchains is diffutils meant to build with on Windows?", D,
     "build with Cygwin or MinGW rather than DJGPP"),
]

OFFTOPIC = [
    # near the documents' topics
    "How do I compress a file with xz using several threads?",
    "What is the default compression level of zstd?",
    "How do I create a .tar.bz2 archive with tar in one command?",
    "How do I turn on DNS over TLS in systemd-resolved?",
    "How do I flush the DNS cache on a Linux machine?",
    "In nsswitch.conf, how do I make files be checked before DNS?",
    "Which port does DNS use by default?",
    "What does an SOA record contain?",
    "Is Perl distributed under the GPL or the Artistic License?",
    "What changed between the Artistic License 1.0 and 2.0?",
    "How do I get the current time in a time zone with Python's zoneinfo module?",
    "How do I convert a Unix timestamp column to datetimes in pandas?",
    "How do I apply a patch file with patch -p1?",
    "What does the -o option of sdiff do?",
    "How do I show word-level changes with git diff?",
    # general
    "Who painted the Mona Lisa?",
    "How many bones are there in an adult human body?",
    "How do I make a simple vinaigrette?",
    "How do I change a flat tyre?",
    "What is the capital of Canada?",
    "What is the difference between a virus and a bacterium?",
    "How long should I boil an egg for a runny yolk?",
    "When was the first iPhone released?",
    "How do I write a good cover letter?",
    "What causes the seasons on Earth?",
    "How do I unclog a kitchen sink?",
    "Which is the largest ocean?",
    "How do I sort an array of objects by a property in JavaScript?",
    "What is photosynthesis?",
    "What language is spoken in Brazil?",
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = []
    docs = {}
    for name in sorted(os.listdir(DOCS)):
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            docs[name] = norm(f.read())
    seen_q = set()
    for q, doc, ans in QUESTIONS:
        if doc not in docs:
            errors.append("missing document %s" % doc)
            continue
        if norm(ans) not in docs[doc]:
            errors.append("span not in %s: %r" % (doc, ans))
        if q.lower() in seen_q:
            errors.append("duplicate question: %r" % q)
        seen_q.add(q.lower())
    for q in OFFTOPIC:
        if q.lower() in seen_q:
            errors.append("duplicate question: %r" % q)
        seen_q.add(q.lower())
    used = {d for _, d, _ in QUESTIONS}
    for d in docs:
        if d not in used:
            errors.append("document without questions: %s" % d)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(HERE, "questions-v3.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, doc, ans) in enumerate(QUESTIONS, 1):
            f.write(json.dumps({"id": "q%02d" % i, "question": q, "doc": doc, "answer": ans},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "offtopic-v3.jsonl"), "w", encoding="utf-8") as f:
        for i, q in enumerate(OFFTOPIC, 1):
            f.write(json.dumps({"id": "o%02d" % i, "question": q}, ensure_ascii=False) + "\n")
    per_doc = {}
    for _, d, _ in QUESTIONS:
        per_doc[d] = per_doc.get(d, 0) + 1
    print("%d questions, %d off-topic; all spans found" % (len(QUESTIONS), len(OFFTOPIC)))
    for d in sorted(per_doc):
        print("  %-28s %2d questions, %6d bytes" % (d, per_doc[d], os.path.getsize(os.path.join(DOCS, d))))


if __name__ == "__main__":
    main()
