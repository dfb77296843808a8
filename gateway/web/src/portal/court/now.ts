import { onBeforeUnmount, ref, type Ref } from 'vue'

/** The current time, moving every `everyMs`, so the clocks' time left counts down on screen. */
export function useNow(everyMs = 30_000): Ref<Date> {
  const now = ref(new Date())
  const timer = setInterval(() => (now.value = new Date()), everyMs)
  onBeforeUnmount(() => clearInterval(timer))
  return now
}
