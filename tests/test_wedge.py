from hubscan.core.wedge import WedgeDecoder, WedgeInput, WedgeSettings, WedgeSource


def feed(decoder: WedgeDecoder, text: str, start: float, gap: float, in_field: bool = False) -> list:  # type: ignore[type-arg]
    verdicts = []
    for index, char in enumerate(text):
        verdicts.append(decoder.key(char, start + index * gap, in_field))
    return verdicts


def test_fast_burst_ending_in_enter_is_a_scan_and_is_swallowed() -> None:
    decoder = WedgeDecoder()
    verdicts = feed(decoder, "]C1010400638133393110AB\x1d21X\r", 0, 10)
    assert all(v.consume for v in verdicts)
    assert verdicts[-1].completed == WedgeInput("]C1010400638133393110AB\x1d21X", WedgeSource.SCANNER)


def test_slow_typing_is_typed_not_a_scan() -> None:
    decoder = WedgeDecoder()
    verdicts = feed(decoder, "RR123456785AU\r", 0, 120)
    assert verdicts[-1].completed == WedgeInput("RR123456785AU", WedgeSource.TYPED)


def test_one_slow_gap_makes_it_typing() -> None:
    decoder = WedgeDecoder()
    feed(decoder, "RR1234", 0, 10)
    verdicts = feed(decoder, "56785AU\r", 60 + 31, 10)
    assert verdicts[-1].completed is not None and verdicts[-1].completed.source is WedgeSource.TYPED


def test_gap_at_the_threshold_is_still_a_scanner() -> None:
    decoder = WedgeDecoder(WedgeSettings(max_gap_ms=30))
    assert feed(decoder, "ABCDE\r", 0, 30)[-1].completed == WedgeInput("ABCDE", WedgeSource.SCANNER)


def test_text_field_keeps_the_operators_typing() -> None:
    decoder = WedgeDecoder()
    verdicts = feed(decoder, "note: box wet\r", 0, 10, in_field=True)
    assert not any(v.consume for v in verdicts) and all(v.completed is None for v in verdicts)


def test_prefix_takes_a_scan_even_in_a_text_field() -> None:
    decoder = WedgeDecoder(WedgeSettings(prefix="\x02"))
    verdicts = feed(decoder, "\x02HS:DONE\r", 0, 8, in_field=True)
    assert all(v.consume for v in verdicts)
    assert verdicts[-1].completed == WedgeInput("HS:DONE", WedgeSource.SCANNER)
    after = feed(decoder, "hello", 500, 100, in_field=True)
    assert not any(v.consume for v in after)


def test_short_fast_burst_is_not_a_scan() -> None:
    decoder = WedgeDecoder(WedgeSettings(min_length=4))
    assert feed(decoder, "ab\r", 0, 5)[-1].completed == WedgeInput("ab", WedgeSource.TYPED)


def test_scanner_without_terminator_ends_by_idle_time() -> None:
    decoder = WedgeDecoder(WedgeSettings(terminator="", idle_end_ms=200))
    feed(decoder, "4006381333931", 0, 10)
    assert decoder.idle(120 + 199) is None
    assert decoder.idle(120 + 200) == WedgeInput("4006381333931", WedgeSource.SCANNER)
    assert decoder.idle(1000) is None
