#!/usr/bin/env python3
"""kb-eval-v4: writes questions-v4.jsonl and offtopic-v4.jsonl and checks every answer span.

A held-out check set: do not tune on it. Standard library only. Run from anywhere: python3 make.py
An answer must occur in its document exactly once when every run of whitespace (in both) is made one space.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

G = "GPL-2.txt"
S = "ss.8.txt"
J = "journald.conf.5.txt"
M = "nss-mdns-README.txt"
F = "sedfaq-excerpt.txt"

# (question, doc, answer span)
QUESTIONS = [
    # GPL-2: licence
    ("Can I ask for money when I hand somebody a copy of a GPLv2 program?", G,
     "You may charge a fee for the physical act of transferring a copy"),
    ("Does GPL v2 put any limits on simply running the software?", G,
     "The act of running the Program is not restricted"),
    ("If I edit some files of a GPL'd project and pass it on, do I need to mark what I changed?", G,
     "You must cause the modified files to carry prominent notices stating that you changed the files "
     "and the date of any change."),
    ("I ship only binaries and include a written offer for the source instead. How long does that offer "
     "have to stay good?", G,
     "valid for at least three years"),
    ("can i just forward the source-code offer i recieved with the binary when i sell copies as a business?", G,
     "This alternative is allowed only for noncommercial distribution"),
    ("What exactly does the GPL mean by 'source code'?", G,
     "The source code for a work means the preferred form of the work for making modifications to it."),
    ("When I distribute an executable, do I also have to hand out the source of the OS compiler and kernel "
     "it runs on?", G,
     "need not include anything that is normally distributed (in either source or binary form) with the "
     "major components"),
    ("We put our closed-source tool on the same DVD as a GPL program. Does that make our tool GPL too?", G,
     "does not bring the other work under the scope of this License"),
    ("What happens to my rights if I distribute GPLv2 code in a way the licence doesn't allow?", G,
     "will automatically terminate your rights under this License"),
    ("Do I have to accept the GPL even though I never signed it?", G,
     "You are not required to accept this License, since you have not signed it."),
    ("A court ruling puts patent conditions on me that clash with the GPL and I can't meet both. "
     "What then?", G,
     "then as a consequence you may not distribute the Program at all"),
    ("The program I'm using says it is GPL but gives no version number. Which version applies?", G,
     "you may choose any version ever published by the Free Software Foundation"),
    ("If GPL software turns out to be buggy and breaks things, who carries the risk?", G,
     "THE ENTIRE RISK AS TO THE QUALITY AND PERFORMANCE OF THE PROGRAM IS WITH YOU."),
    ("Where in my code should the GPL notice go?", G,
     "It is safest to attach them to the start of each source file"),
    ("I maintain a library and would like proprietary programs to be able to link against it. "
     "What does the GPL text suggest?", G,
     "use the GNU Lesser General Public License instead of this License"),
    ("Can the copyright holder exclude some countries where patents are a problem from distribution?", G,
     "may add an explicit geographical distribution limitation excluding those countries"),

    # ss(8): command man page with options
    ("what does ss list if I run it without any options?", S,
     "displays a list of open non-listening sockets (e.g. TCP/UNIX/UDP) that have established connection"),
    ("ss isn't showing the ports my server is listening on. How do I see only those?", S,
     "Display only listening sockets (these are omitted by default)."),
    ("Which ss flag tells me what program has a socket open?", S, "-p, --processes"),
    ("In the output of ss -i, what unit are rtt and rttvar given in?", S,
     "rttvar is the mean deviation of rtt, their units are millisecond"),
    ("When ss -o prints a timer called persist, what kind of timer is that?", S,
     "persist: zero window probe timer"),
    ("Is there an ss option that forcefully closes sockets?", S, "Attempts to forcibly close sockets."),
    ("Our load balancer has hundreds of thousands of connections and listing them takes forever. "
     "When is ss -s the better choice?", S,
     "It is useful when amount of sockets is so huge that parsing /proc/net/tcp is painful."),
    ("Which TCP states does the 'connected' state filter include?", S,
     "connected - all the states except for listening and closed"),
    ("What are the bucket states in ss?", S,
     "states, which are maintained as minisockets, i.e. time-wait and syn-recv"),
    ("In an ss filter expression, which boolean operator binds the tightest?", S,
     "The possible operators in increasing order of precedence are or (or | or ||), and (or & or &&), "
     "and not (or !)."),
    ("If I write two filter conditions side by side with no and/or between them, how does ss combine them?", S,
     "an implicit and operator is assumed"),
    ("How do I write an IPv6 address with a port in an ss filter?", S,
     'An ipv6 address must be enclosed in "[" and "]" to disambiguate the port separator.'),
    ("give me an ss command that shows all established ssh connections", S,
     "ss -o state established '( dport = :ssh or sport = :ssh )'"),
    ("How can I list sockets from every table except TCP?", S, "ss -a -A 'all,!tcp'"),
    ("Can any user see the classic BPF filters attached to sockets with ss?", S,
     "only administrators are allowed to get these information"),
    ("ss optoin to show only ipv6 sockets?", S, "Display only IP version 6 sockets (alias for -f inet6)."),

    # journald.conf(5): configuration-file man page
    ("If I leave Storage= alone, what does journald use?", J,
     'Defaults to "auto" in the default journal namespace'),
    ("I just created /var/log/journal by hand. With the default storage setting, will my logs now be "
     "kept on disk?", J,
     '"auto" behaves like "persistent" if the /var/log/journal directory exists'),
    ("How big does a log entry have to be before journald compresses it?", J,
     "larger than the default threshold of 512 bytes are compressed"),
    ("What's the default journald rate limit?", J, "Defaults to 10000 messages in 30s."),
    ("one of our services logs like crazy and messages get dropped. how do i switch off rate limiting "
     "completely?", J,
     "To turn off any kind of rate limiting, set either value to 0."),
    ("My journal file system has roughly 3 GB free. By what factor is the burst limit multiplied?", J,
     "<= 4GB │ 4"),
    ("By default, how much of the disk is the persistent journal allowed to take up?", J,
     "The first pair defaults to 10% and the second to 15% of the size of the respective file system"),
    ("We have a 2 TB /var. Will journald happily use 10% of that, i.e. 200 GB, by default?", J,
     "each of the calculated default values is capped to 4G"),
    ("How many journal files does journald keep at most unless told otherwise?", J,
     "This setting defaults to 100."),
    ("Does journald delete old entries after some time by default, or only when space runs out?", J,
     "from the default of 0 (which turns off this feature)"),
    ("How often are journal files synced to disk?", J, "The default timeout is 5 minutes."),
    ("Are critical messages also held back until the next sync, or written right away?", J,
     "syncing is unconditionally done immediately after a log message of priority CRIT, ALERT or EMERG "
     "has been logged"),
    ("Out of the box, where does journald forward messages to?", J,
     "By default, only forwarding to syslog and wall is enabled."),
    ("What is the default maximum log level that gets forwarded to the console?", J,
     '"info" for MaxLevelConsole='),
    ("How long can a line of a service's stdout be before journald splits it into several records?", J,
     "Defaults to 48K"),
    ("What's the recommended way to disable a journald config snippet that a vendor package installed?", J,
     "place a symlink to /dev/null in the configuration directory in /etc/"),

    # nss-mdns README: library README
    ("Will installing nss-mdns also announce my own machine's name on the network?", M,
     "provides client functionality only, which means that you have to run a mDNS responder daemon "
     "seperately"),
    ("What happens to .local lookups when avahi-daemon isn't running?", M,
     "If Avahi is not available at lookup time, the lookups will fail."),
    ("How big is the nss-mdns library?", M, "9 KByte stripped binary"),
    ("Why do .local lookups hang for ages when I use the plain mdns or mdns6 module?", M,
     "causes long timeouts when resolving hosts since most modern Unix/Linux applications check for IPv6 "
     "addresses first"),
    ("What do the _minimal variants of the modules refuse to resolve?", M,
     "The minimal versions will always deny to resolve host names that don't end in `.local` or addresses "
     "that aren't in the range `169.254.x.x`"),
    ("Which version of nss-mdns added the minimal modules?", M, "new in version 0.8"),
    ("Which config file do I have to change to switch the mDNS modules on?", M,
     "To activate one of the NSS modules you have to edit `/etc/nsswitch.conf`"),
    ("getent finds foo.local but nslookup foo.local says it doesn't exist, why??", M,
     "They bypass the NSS and thus `nss-mdns` and issue their DNS queries directly."),
    ("What do I need to allow in my firewall for mDNS name lookups to work?", M,
     "UDP traffic to the the mDNS multicast address `224.0.0.251` on port 5353"),
    ("Why does printer.office.local not resolve while printer.local does?", M,
     "If the request has more than two labels, it is rejected."),
    ("Our company DNS server answers SOA queries for 'local'. Does that affect nss-mdns?", M,
     "reports an `SOA` record for the top-level `local` name, the request is rejected"),
    ("I want mDNS to resolve every name whatever the domain suffix. What goes in the allow file?", M,
     "add a line consisting of `*` only"),
    ("Does the minimal module pay attention to /etc/mdns.allow?", M,
     'The "minimal" version of `nss-mdns` does not read `/etc/mdns.allow`'),
    ("how do I turn off mDNS host lookups entirely but keep the package installed?", M,
     "To complete disable mDNS name lookups, use an empty file"),
    ("Do I need Avahi installed just to compile nss-mdns?", M, "however it is not a build-time requirement"),
    ("Which operating systems has nss-mdns been tested on?", M, "is tested on Linux only"),

    # The sed FAQ, sections 5 and 6: FAQ
    ("Why doesn't sed replace $HOME with my home directory in my script?", F,
     "Unix shells never expand $variables in single quotes."),
    ("Using the p command, some lines come out twice. Why?", F,
     "Sed prints the entire file by default, so the 'p' command might cause the duplicate lines."),
    ("How can I make sed print only the lines I explicitly tell it to print?", F,
     "run your sed script with -n flag to suppress normal output"),
    ("What is the shortest GNU sed command that keeps only lines containing Peter, James or John?", F,
     r"sed '/Peter\|James\|John/!d' files"),
    ("My DOS sed quits halfway through a file even though the script is fine - what's going on?", F,
     "As soon as any DOS version of sed encounters a Ctrl-Z character, sed stops processing."),
    ("Why does echo foo | sed 's/o*/EEE/' print EEEfoo rather than fEEE?", F,
     "because /o*/ matches the null string at the beginning of the word"),
    ("Is there a rule of thumb for how sed decides what a regex matches?", F,
     "leftmost match, longest possible string, zero also matches."),
    ("How do I stop .* from matching past the closing brace when I only want the first {word}?", F,
     "Replace the '.' with '[^}]', which signifies a negated character set"),
    ("When did GNU sed first ship official man pages?", F,
     "GNU sed v3.02 had the first real set of official man pages"),
    ("What exit status does GNU sed give when there's a mistake in the script itself?", F,
     "1 if there were errors in the script, and 2 if there were errors during script execution"),
    ("whats wrong with my r command, sed says nothing but the file never gets inserted", F,
     "must be followed by exactly one space, then the filename, and then terminated by a newline"),
    (r"Why doesn't sed 's/\n//' get rid of the line breaks in my file?", F,
     "the newline is always stripped off before the line is placed into the pattern space"),
    ('My one-liner dies with "event not found". Is that a sed bug?', F,
     "This error is generated by the csh or tcsh shells, not by sed."),
    ("How much bigger than sed is awk?", F, "In program size, awk is 3-10 times larger than sed."),
    ("I just need to number the lines of a file. Should I use sed for that?", F,
     'Instead, use "nl" or "cat -n".'),
    ("How many files can GNU sed write to with the w command?", F,
     "GNU sed v3+: no limit (but typical Unix is 253)"),
]

# None of the documents answers these. o01-o15 share vocabulary with the documents; o16-o30 are general.
OFFTOPIC = [
    "What does netstat -i print?",
    "How do I show the routing table with the ip command?",
    "How do I change the TCP keepalive time in the Linux kernel?",
    "Which iptables command lists all rules with packet counters?",
    "How do I make journalctl show only the messages from the previous boot?",
    "How do I configure rsyslog to write mail logs to a separate file?",
    "How do I make systemd-timesyncd use my own NTP server?",
    "Does GPL version 3 include an explicit patent licence from contributors?",
    "What does the network-use clause of the Affero GPL require?",
    "Under the MIT licence, do I have to include the copyright notice in binary distributions?",
    "How do I open UDP port 5353 with ufw?",
    "How do I configure Avahi to publish an SSH service over mDNS?",
    "What does the myhostname module in the hosts line of nsswitch.conf do?",
    "How do I edit a file in place with sed -i and keep a backup copy?",
    "How do I print the third field of every line with awk?",
    "What's a good recipe for banana bread?",
    "How many bones are in the adult human body?",
    "Who painted the ceiling of the Sistine Chapel?",
    "How do I convert a temperature from Celsius to Fahrenheit?",
    "What is the capital of Canada?",
    "How do I merge two dictionaries in Python?",
    "How long should I boil an egg for a runny yolk?",
    "What is the speed of light in a vacuum?",
    "How do I undo my last git commit but keep the changes?",
    "In what year did people first land on the Moon?",
    "How often should I water a cactus?",
    "What is the difference between a virus and a bacterium?",
    "How do I write a cover letter for a job application?",
    "Which language is spoken in Brazil?",
    "How do I add page numbers in Microsoft Word?",
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
        n = docs[doc].count(norm(ans))
        if n == 0:
            errors.append("span not in %s: %r" % (doc, ans))
        elif n > 1:
            errors.append("span occurs %d times in %s: %r" % (n, doc, ans))
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
    with open(os.path.join(HERE, "questions-v4.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, doc, ans) in enumerate(QUESTIONS, 1):
            f.write(json.dumps({"id": "q%02d" % i, "question": q, "doc": doc, "answer": ans},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "offtopic-v4.jsonl"), "w", encoding="utf-8") as f:
        for i, q in enumerate(OFFTOPIC, 1):
            f.write(json.dumps({"id": "o%02d" % i, "question": q}, ensure_ascii=False) + "\n")
    per_doc = {}
    for _, d, _ in QUESTIONS:
        per_doc[d] = per_doc.get(d, 0) + 1
    print("%d questions, %d off-topic; all spans found once" % (len(QUESTIONS), len(OFFTOPIC)))
    for d in sorted(per_doc):
        print("  %-28s %2d questions, %6d bytes" % (d, per_doc[d], os.path.getsize(os.path.join(DOCS, d))))


if __name__ == "__main__":
    main()
