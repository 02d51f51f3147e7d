#!/usr/bin/env python3
"""kb-dev3: writes questions-dev3.jsonl and offtopic-dev3.jsonl and checks every answer span.

Standard library only. Run from anywhere: python3 make.py
An answer must occur in its document once every run of whitespace (in both) is made one space.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

X = "xargs.1.txt"
A = "adduser.conf.5.txt"
C = "CC0-1.0.txt"
L = "libffi-README.txt"
R = "dpkg-rootless-builds.txt"

# (question, doc, answer span)
QUESTIONS = [
    # xargs(1): man page with options
    ("If I don't give xargs a command to run, what does it run?", X, "default is echo"),
    ("My file names have spaces and newlines in them; which xargs option avoids breaking them apart?", X,
     "better to use the -0 option"),
    ("What does xargs do when one of the commands it started exits with status 255?", X,
     "xargs will stop immediately without reading any further input"),
    ("By default how many commands does xargs run in parallel?", X,
     "Run up to max-procs processes at a time; the default is 1"),
    ("How do I tell xargs to run as many jobs at once as it can?", X,
     "If max-procs is 0, xargs will run as many processes as possible at a time"),
    ("Can I change how many parallel jobs xargs uses while it is already running?", X,
     "send its process a SIGUSR1 signal to increase the number of commands to run simultaneously, "
     "or a SIGUSR2 to decrease the number"),
    ("Is there a way to make xargs ask for confirmation before it runs each command?", X,
     "Prompt the user about whether to run each command line and read a line from the terminal"),
    ("Which flag keeps xargs from running the command at all when there is no input?", X,
     "-r, --no-run-if-empty"),
    ("Which exit code does xargs give back if the command doesn't exist?", X,
     "127 if the command is not found"),
    ("What exit status should I expect from xargs if one of the runs returned 1?", X,
     "123 if any invocation of the command exited with status 1-125"),
    ("How much room is held back from the exec argument limit when xargs works out the biggest command line?", X,
     "less 2048 bytes of headroom"),
    ("Is xargs safe to use on a machine where other users could change the filesystem?", X,
     "It is not possible for xargs to be used securely"),
    ("What is the fastest way to remove files called core under /tmp, without using xargs at all?", X,
     "find /tmp -depth -name core -type f -delete"),

    # adduser.conf(5): configuration-file man page
    ("In which directory are new users' home directories made by default?", A, "Defaults to /home"),
    ("What login shell do new accounts get unless I change it?", A, "Defaults to /bin/bash"),
    ("What permission mode do regular users' home directories get when adduser creates them?", A,
     "Defaults to 0700"),
    ("What is the default mode of the home directory of a system user?", A, "Defaults to 0755"),
    ("Where are the starter dotfiles for a new home directory copied from?", A, "Defaults to /etc/skel"),
    ("Which files in the skeleton directory are skipped by default when a home is populated?", A,
     "(.(dpkg|ucf)-(old|new|dist)$)"),
    ("What's the longest a user name can be?", A, "it may be a maximum of 32 bytes"),
    ("What regular expression must ordinary user names match out of the box?", A, "^[a-z][-a-z0-9_]*$"),
    ("What happens if a new non-system user name doesn't match NAME_REGEX?", A,
     "user and group creation in adduser(8) is refused unless --allow-bad-names is set"),
    ("What numeric group ID does the users group have on Debian?", A, "GID 100 on all Debian systems"),
    ("How can I make sure a given account gets the same UID on every machine without a directory service?", A,
     "define configuration variables UID_POOL (for user accounts) and/or GID_POOL (for groups) in /etc/adduser.conf"),
    ("What does a UID pool file look like?", A,
     "The file format is similar to /etc/passwd: Text lines, fields separated by a colon."),
    ("With --allow-all-names, which characters are still forbidden inside a name?", A,
     "cannot contain a colon, comma, slash, or whitespace"),

    # CC0 1.0: licence
    ("Does dedicating a work under CC0 give up trademark or patent rights?", C,
     "No trademark or patent rights held by Affirmer are waived"),
    ("What happens if a court decides the CC0 waiver is not valid?", C,
     "Waiver shall be preserved to the maximum extent permitted"),
    ("What sort of licence does the author fall back to granting under CC0?", C,
     "a royalty-free, non transferable, non sublicensable, non exclusive, irrevocable and unconditional license"),
    ("Are an author's moral rights among the rights CC0 covers?", C,
     "moral rights retained by the original author(s) and/or performer(s)"),
    ("Which European directive does CC0 cite for database rights?", C,
     "Directive 96/9/EC of the European Parliament and of the Council of 11 March 1996"),
    ("What does CC0 call the person who applies it to a work?", C, 'the "Affirmer"'),
    ("Is Creative Commons giving me legal advice through this document?", C,
     "CREATIVE COMMONS CORPORATION IS NOT A LAW FIRM AND DOES NOT PROVIDE LEGAL SERVICES"),
    ("Does the person releasing a work under CC0 promise anything about its quality or fitness?", C,
     "Affirmer offers the Work as-is and makes no representations or warranties of any kind concerning the Work"),
    ("Who has to obtain permissions from other people who may have rights in a CC0 work?", C,
     "Affirmer disclaims responsibility for clearing rights of other persons that may apply to the Work"),
    ("Can the CC0 waiver be taken back later?", C,
     "such Waiver shall not be subject to revocation, rescission, cancellation, termination"),

    # libffi README: README with install steps, table, history
    ("What does the abbreviation FFI mean?", L, "Foreign Function Interface"),
    ("Where will libffi be installed if I don't say otherwise?", L, "under /usr/local by default"),
    ("How do I choose a different installation directory for libffi?", L,
     "use the ``--prefix`` configure switch"),
    ("I cloned libffi from git and there is no configure script. What do I do?", L, "run ./autogen.sh first"),
    ("What kind of C compiler is needed to build libffi?", L, "requires a C99 compatible compiler"),
    ("What must be installed for make check to work on libffi?", L, "you have DejaGNU installed"),
    ("How do I build libffi without its documentation?", L, "use the ``--disable-docs`` configure switch"),
    ("Will BSD make work for building libffi?", L, "you must be using GNU make"),
    ("When did libffi 3.4.4 come out?", L, "October 23, 2022"),
    ("Who came up with libffi's closure mechanism?", L, "Kresten Krab Thorup"),
    ("Which compiler was tested for 64-bit ARM on Windows?", L, "AArch64 | Windows | MSVC"),
    ("In which libffi release did RISC-V support arrive, and when?", L, "3.3 Nov-23-2019"),

    # dpkg rootless builds spec: prose with lists
    ("In which part of debian/control does the Rules-Requires-Root field belong?", R,
     'the "Source" stanza of debian/control'),
    ("If a package doesn't declare Rules-Requires-Root, how are its binary targets run?", R,
     'If "binary-targets", then "debian/rules binary" (etc.) must always be run under (fake)root. '
     'This is the default/status quo.'),
    ("Can I combine the value no with other keywords in Rules-Requires-Root?", R,
     "it MUST be the only keyword in that field and MUST appear exactly once"),
    ("How does debian/rules learn which level of rootless support the builder chose?", R,
     'the "DEB_RULES_REQUIRES_ROOT" environment variable'),
    ("Which environment variable holds the command a tool should use to get (fake)root?", R,
     'exposing it in the environment variable "DEB_GAIN_ROOT_CMD"'),
    ("What was the gain-root variable called in older dpkg?", R, 'used to be named "DPKG_GAIN_ROOT_CMD"'),
    ("Is DEB_GAIN_ROOT_CMD set when Rules-Requires-Root is no?", R, "the variable SHOULD NOT be defined"),
    ("Upstream's install step insists on running as root (sudo make install). Which keyword should I declare?", R,
     "Use dpkg/target-subcommand or debhelper/upstream-make-install"),
    ("What if some files in my package need to belong to a user other than root?", R,
     'Not covered; use "binary-targets" for now'),
    ("How can dpkg-deb set file owner and group without fakeroot?", R, "--root-owner-group option"),
    ("What does dh_testroot do for a package whose Rules-Requires-Root is no?", R, "dh_testroot will be a no-op"),
    ("Is the Rules-Requires-Root value allowed to affect what ends up in the built package?", R,
     "The value of this field MUST NOT change the content of the package in any way."),
]

OFFTOPIC = [
    # near the documents' topics
    "How do I make find pass many file names to one command with -exec and {} +?",
    "How do I find files changed in the last two days with find -mtime?",
    "What does the --jobs option of GNU parallel do?",
    "How do I delete a user together with their home directory using deluser?",
    "How do I add an existing user to the sudo group?",
    "Which settings in /etc/login.defs control password ageing?",
    "What attribution does the Creative Commons BY 4.0 licence require?",
    "Can I combine code under the Unlicense with GPL code?",
    "How do I call a C function from Python with ctypes?",
    "How do I cross-build a package for arm64 with dpkg-buildpackage?",
    "What goes in the debian/watch file of a package?",
    "How do I save and reload fakeroot's state between runs?",
    # general
    "What is the boiling point of water in Fahrenheit at sea level?",
    "Who wrote Pride and Prejudice?",
    "How do I keep a sourdough starter alive?",
    "How fast does light travel in a vacuum?",
    "How many players does a rugby union team have on the field?",
    "What is the highest mountain in Africa?",
    "How do I turn a Python list into a set?",
    "What time zone is Tokyo in?",
    "How do I reset my home Wi-Fi router to factory settings?",
    "What stretches help with lower back pain?",
    "Which planet has the most known moons?",
    "How do I center a div horizontally in CSS?",
    "In what year did the Berlin Wall fall?",
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
    with open(os.path.join(HERE, "questions-dev3.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, doc, ans) in enumerate(QUESTIONS, 1):
            f.write(json.dumps({"id": "d%02d" % i, "question": q, "doc": doc, "answer": ans},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "offtopic-dev3.jsonl"), "w", encoding="utf-8") as f:
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
