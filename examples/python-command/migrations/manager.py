"""The project's own runner: applies migrations/NNN_*.sql in order to the database given by --db."""
import argparse
import sqlite3
from pathlib import Path

parser = argparse.ArgumentParser()
parser.add_argument("command", choices=["migrate"])
parser.add_argument("--db", required=True)
args = parser.parse_args()

conn = sqlite3.connect(args.db)
for path in sorted(Path(__file__).parent.glob("[0-9]*_*.sql")):
    conn.executescript(path.read_text())
conn.commit()
