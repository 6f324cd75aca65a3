#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| isnad::fuzzing::extract(data, isnad::model::Lang::Ar));
