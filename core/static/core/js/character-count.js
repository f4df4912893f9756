/*
 * The admin's character counter (core/widgets.py): "12 / 255 caractères" under each
 * limited text, in red past the limit. The text is never cut: the server refuses a
 * too-long one and shows it again whole. Screen readers hear the count when the
 * editor pauses, not at each keystroke.
 */
(() => {
  const ANNOUNCE_AFTER_MS = 1000;

  const register = () => {
    const { Controller } = window.StimulusModule;

    class CharacterCountController extends Controller {
      static values = { limit: Number, label: String, overLabel: String };

      connect() {
        this.counter = document.createElement('p');
        this.counter.className = 'rhinocc-count';
        this.counter.id = `${this.element.id || this.element.name}-count`;
        this.counter.setAttribute('aria-hidden', 'true');
        this.announcer = document.createElement('span');
        this.announcer.className = 'w-sr-only';
        this.announcer.setAttribute('aria-live', 'polite');
        this.element.after(this.counter, this.announcer);
        const described = (this.element.getAttribute('aria-describedby') || '').split(' ');
        this.element.setAttribute(
          'aria-describedby',
          [...described.filter(Boolean), this.counter.id].join(' '),
        );
        this.update = this.update.bind(this);
        this.element.addEventListener('input', this.update);
        this.update({ type: 'connect' });
      }

      disconnect() {
        this.element.removeEventListener('input', this.update);
        clearTimeout(this.timer);
        this.counter.remove();
        this.announcer.remove();
      }

      text() {
        // Code points, as the server counts (an emoji is one character, not two).
        const count = [...this.element.value].length;
        const over = count - this.limitValue;
        const label = over > 0 ? this.overLabelValue : this.labelValue;
        return {
          over: over > 0,
          text: label
            .replace('%(count)s', count)
            .replace('%(limit)s', this.limitValue)
            .replace('%(over)s', over),
        };
      }

      update(event) {
        const { over, text } = this.text();
        this.counter.textContent = text;
        this.counter.classList.toggle('rhinocc-count--over', over);
        clearTimeout(this.timer);
        if (event.type !== 'connect') {
          this.timer = setTimeout(() => {
            this.announcer.textContent = text;
          }, ANNOUNCE_AFTER_MS);
        }
      }
    }

    window.wagtail.app.register('rhinocc-count', CharacterCountController);
  };

  if (window.wagtail && window.wagtail.app) {
    register();
  } else {
    document.addEventListener('DOMContentLoaded', register);
  }
})();
