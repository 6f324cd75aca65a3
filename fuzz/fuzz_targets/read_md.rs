#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| isnad::fuzzing::read(data, isnad::ingest::Format::Md));
