import type { Directive } from 'vue'

/**
 * Puts a `data-test` hook on the input inside a Vant field rather than on its wrapper, so a
 * browser test can fill it and read its value directly.
 */
export const vTestInput: Directive<HTMLElement, string> = {
  mounted(el, binding) {
    const target = el.querySelector('input, textarea') ?? el
    target.setAttribute('data-test', binding.value)
  },
  updated(el, binding) {
    const target = el.querySelector('input, textarea') ?? el
    target.setAttribute('data-test', binding.value)
  },
}
