#!/usr/bin/env python3
"""A real SMTP server for the alert tests: aiosmtpd on loopback, each accepted message stored as one .eml file.

A sender address starting with "refused@" is refused with 550, the way a server that does not relay for the
sender answers, so tests can see what a refusing server does to delivery.
"""
import argparse
import os
import time
import uuid

from aiosmtpd.controller import Controller


class StoreHandler:
    def __init__(self, folder):
        self.folder = folder

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if address.lower().startswith("refused@"):
            return "550 5.7.1 Sender address rejected: not allowed to send from this address"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        name = f"{time.time_ns()}-{uuid.uuid4().hex}.eml"
        temporary = os.path.join(self.folder, name + ".tmp")
        with open(temporary, "wb") as stored:
            stored.write(envelope.original_content or envelope.content)
        # Renamed when complete, so a reader never sees half a message.
        os.replace(temporary, os.path.join(self.folder, name))
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--folder", required=True)
    arguments = parser.parse_args()
    os.makedirs(arguments.folder, exist_ok=True)
    controller = Controller(StoreHandler(arguments.folder), hostname="127.0.0.1", port=arguments.port)
    controller.start()
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
