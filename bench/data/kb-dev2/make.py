# Writes questions-dev2.jsonl and offtopic-dev2.jsonl; checks every answer span is in its document (whitespace runs = one space).
import json, re, sys
norm = lambda t: re.sub(r"\s+", " ", t).strip()
Q = {
"base-files-FAQ.txt": [
 ("On the testing distribution my /etc/issue says trixie/sid, why not testing?", "it is not possible because of the way the testing distribution works"),
 ("How long before a package uploaded to unstable gets into testing?", "after ten days"),
 ("What is a reliable way to find out which distribution I'm running?", "Looking at the contents of your /etc/apt/sources.list file is probably a much better way"),
 ("Why wasn't /etc/issue changed by the point release upgrade?", "The release managers asked me not to touch /etc/issue"),
 ("Why is the codename shown instead of testing/unstable?", "the meaning of \"testing\" changes over time"),
 ("Why am I not warned when base-files defaults differ from what I have installed?", "Changes in the default files are not important enough to warn the user"),
 ("Where is the master copy of root's .bashrc kept?", "/usr/share/base-files/dot.bashrc"),
 ("Since which version is /etc/profile upgraded automatically?", "Since base-files version 6.10"),
 ("Which package does /etc/nsswitch.conf belong to now?", "libc-bin"),
 ("How can I get a new licence added to common-licenses?", "you should make a policy proposal"),
 ("Will upgrading from an older release make my system FHS compliant?", "it is not a goal of base-files"),
 ("When are directories such as /opt, /srv and /media created?", "only created in the first install"),
],
"gzip.1.txt": [
 ("Which compression algorithm does gzip use?", "Lempel-Ziv coding (LZ77)"),
 ("How much does gzip usually shrink source code or English text?", "reduced by 60-70%"),
 ("What compression level does gzip use by default?", "The default compression level is -6"),
 ("How do I stop gzip from deleting the original file?", "Keep (don't delete) input files"),
 ("What exit status does gzip give when there is a warning?", "If a warning occurs, exit status is 2."),
 ("What is zcat the same as?", "identical to gunzip -c"),
 ("How do I extract a zip archive with several members?", "use unzip instead of gunzip"),
 ("What is the --rsyncable option for?", "allows rsync to transfer only files that were changed in the archive"),
 ("How can I verify that a .gz file is not corrupted?", "Check the compressed file integrity then quit."),
 ("What is the worst case expansion when compressing?", "plus 5 bytes per 32 KiB block"),
 ("How do I recover some data from a damaged compressed file?", "zcat file > recover"),
 ("Where should gzip bugs be reported?", "bug-gzip@gnu.org"),
 ("Which RFC describes the gzip file format?", "RFC 1952"),
 ("Will the GZIP environment variable stay supported?", "This feature will be removed in a future release of gzip."),
 ("Does gzip compress symbolic links?", "it will ignore symbolic links"),
 ("How do I compress every file in a directory tree?", "Travel the directory structure recursively."),
 ("What does gzip do when a compressed file name would be too long?", "attempts to truncate only the parts of the file name longer than 3 characters"),
],
"bash-POSIX.txt": [
 ("How do I start bash in POSIX mode?", "'--posix' command-line option"),
 ("When does bash switch to POSIX mode if it is run as sh?", "after reading the startup files"),
 ("What is the default history file in POSIX mode?", "'~/.sh_history'"),
 ("Which variable does bash make sure is set in POSIX mode?", "'POSIXLY_CORRECT'"),
 ("What message does job control print when a job is stopped in posix mode?", "'Stopped(SIGNAME)'"),
 ("Are aliases expanded in non-interactive shells in posix mode?", "Alias expansion is always enabled, even in non-interactive shells."),
 ("Which characters may a function name contain in POSIX mode?", "letters, digits, and underscores"),
 ("What happens when time is used alone as a command?", "it displays timing statistics for the shell and its completed children"),
 ("Which variable sets the format of the timing output?", "'TIMEFORMAT'"),
 ("What does a non-interactive shell do when a POSIX special builtin fails?", "a non-interactive shell exits"),
 ("Does ! trigger history expansion inside double quotes in posix mode?", "does not introduce history expansion within a double-quoted string"),
 ("Which startup files does POSIX mode run?", "The POSIX startup files are executed ('$ENV')"),
 ("In posix mode, are special builtins or shell functions looked up first?", "POSIX special builtins are found before shell functions"),
],
"bash-INTRO.txt": [
 ("Which shells did bash borrow features from?", "Korn shell (ksh) and C shell (csh)"),
 ("Which standard is bash meant to conform to?", "IEEE POSIX P1003.2/ISO 9945.2"),
 ("What editing styles does the bash command line offer?", "emacs or vi-style editing commands"),
 ("How big can the bash history list get?", "The history list may be of unlimited size."),
 ("In which number bases can bash do integer arithmetic?", "in any base from two to sixty-four"),
 ("What is brace expansion good for?", "generate a list of strings that share a common prefix or suffix"),
 ("Which builtin turns other builtin commands on or off?", "The enable builtin"),
 ("What command changes optional shell behaviour?", "The shopt builtin command"),
 ("Can I add new builtins to a running bash?", "new builtins may be loaded into a running shell from a shared object file"),
 ("Which non-UNIX systems was bash ported to?", "OS/2, Windows 95, and Windows NT"),
 ("What is the exit status of an arithmetic expression run as a command?", "the exit status of the command is the value of the expression"),
 ("Can the directory stack be kept between shell sessions?", "The directory stack may be saved and restored across different shell invocations."),
],
"Apache-2.0.txt": [
 ("How long does the copyright license granted by contributors last?", "perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable copyright license"),
 ("What happens to my patent license if I sue claiming the work infringes a patent?", "shall terminate as of the date such litigation is filed"),
 ("What must I include from the NOTICE file when I redistribute?", "a readable copy of the attribution notices contained within such NOTICE file"),
 ("What do I have to do with files I changed?", "You must cause any modified files to carry prominent notices stating that You changed the files"),
 ("Does the licensor give any warranty for the work?", "on an \"AS IS\" BASIS"),
 ("Under what terms are contributions I submit licensed?", "shall be under the terms and conditions of this License, without any additional terms or conditions"),
 ("Am I allowed to use the licensor's trademarks?", "This License does not grant permission to use the trade names, trademarks, service marks, or product names of the Licensor"),
 ("How much ownership counts as control of a legal entity?", "fifty percent (50%) or more of the outstanding shares"),
 ("May I charge for offering warranty or support?", "You may choose to offer, and charge a fee for, acceptance of support, warranty, indemnity"),
 ("How do I apply the Apache License to my own project?", "attach the following boilerplate notice"),
 ("What does the Source form of a work mean?", "the preferred form for making modifications"),
],
}
OFF = ["How do I configure a static IP address on Debian?", "What is the capital of Australia?",
 "How do I compress a file with xz at the highest level?", "How do I enable tab completion in zsh?",
 "How do I reset a forgotten root password?", "What port does SSH listen on by default?",
 "How do I create a Python virtual environment?", "At what temperature does water boil on a mountain?",
 "How do I mount an NFS share at boot?", "Which systemd version ships with Debian 12?",
 "How do I run a cron job every five minutes?", "What is the difference between TCP and UDP?",
 "How do I split a big tar archive into several parts?", "How can I undelete files on ext4?",
 "How many days of annual leave do employees get?", "What is the best pizza topping?",
 "How do I customise the fish shell prompt?", "Does the MIT licence require attribution in binaries?",
 "How do I encrypt a file with gpg?", "How do I see disk usage per directory?",
 "Who won the 2018 football world cup?", "How do I change the keyboard layout in GNOME?",
 "What is the largest file FAT32 can hold?", "How do I install Docker on Debian?",
 "What does Rust's borrow checker do?", "How do I write a systemd service unit?",
 "How do I convert a PNG image to JPEG?", "What is the default umask for new users?",
 "Can I relicense GPL code under the MIT licence?", "How do I set the timezone on a Debian server?"]
bad = 0
with open("questions-dev2.jsonl", "w") as out:
    n = 0
    for doc, qs in Q.items():
        text = norm(open("docs/" + doc, encoding="utf-8").read())
        for q, a in qs:
            n += 1
            if norm(a) not in text:
                print("MISSING", doc, a); bad += 1
            out.write(json.dumps({"id": f"d{n:02d}", "question": q, "doc": doc, "answer": a}) + "\n")
with open("offtopic-dev2.jsonl", "w") as out:
    for i, q in enumerate(OFF, 1):
        out.write(json.dumps({"id": f"o{i:02d}", "question": q}) + "\n")
print(n, "questions,", len(OFF), "off-topic"); sys.exit(bad)
